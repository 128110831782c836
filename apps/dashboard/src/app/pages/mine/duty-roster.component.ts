import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { formatDate, type DutySlot, type DutyView } from '@cchc/domain';
import type { Observable } from 'rxjs';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, failureText, loadLatest, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { weekdayKey, WEEKDAYS } from '../../shared/duty/weekdays';
import { StateViewComponent } from '../../shared/state-view';
import { leaveFrom, rosterOfficers, slotFrom } from './duty-roster';

/** A roster slot or a leave as its row shows it, with the change that removes it. */
interface DutyRow {
  key: string;
  head: string;
  /** `name` cells hold people's names, set as text rather than as figures. */
  cells: readonly { value: string; name?: boolean }[];
  removeLabel: string;
  remove: () => void;
}
interface DutyTable {
  testid: string;
  caption: string;
  columns: readonly string[];
  rows: readonly DutyRow[];
}

/**
 * The one-stop counter's duty roster for a director or admin: a primary and a backup officer per
 * weekday while in force, and leaves with who stands in. The API takes the roster whole (it is
 * issued as one decision), so adding or removing a slot sends the roster as it will be.
 */
@Component({
  selector: 'cchc-duty-roster',
  imports: [NgTemplateOutlet, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './duty-roster.component.html',
  styleUrl: './duty-roster.component.css',
})
export class DutyRosterComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  readonly agency = input.required<string>();
  protected readonly weekdays = WEEKDAYS;

  private readonly state = loadLatest(this.agency, (agency) => this.api.duty(agency));
  /** As loaded, or as the last change answered. */
  protected readonly duty = linkedSignal(() => dataOf(this.state()));
  protected readonly loadFailure = computed(() => failureOf(this.state()));
  protected readonly officers = computed(() => rosterOfficers(this.duty()?.roster ?? []));

  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  protected readonly rosterTable = computed((): DutyTable => ({
    testid: 'duty-roster',
    caption: this.i18n.t('duty.rosterCaption'),
    columns: this.texts('duty.col.weekday', 'duty.col.primary', 'duty.col.backup', 'duty.col.from', 'duty.col.to'),
    // slots have no id: the API takes the roster whole, so a slot is where it stands
    rows: (this.duty()?.roster ?? []).map((slot, index) => ({
      key: String(index),
      head: this.weekday(slot.weekday),
      cells: [
        { value: slot.primary, name: true },
        { value: slot.backup, name: true },
        { value: this.date(slot.validFrom) },
        { value: this.date(slot.validTo) },
      ],
      removeLabel: this.i18n.t('duty.removeSlot', { weekday: this.weekday(slot.weekday), primary: slot.primary }),
      remove: () => this.removeSlot(slot),
    })),
  }));
  protected readonly leaveTable = computed((): DutyTable => ({
    testid: 'duty-leaves',
    caption: this.i18n.t('duty.leavesCaption'),
    columns: this.texts('duty.col.officer', 'duty.col.from', 'duty.col.to', 'duty.col.substitute'),
    rows: (this.duty()?.leaves ?? []).map((leave) => ({
      key: leave.id,
      head: leave.officer,
      cells: [
        { value: this.date(leave.from) },
        { value: this.date(leave.to) },
        { value: leave.substitute ?? this.i18n.t('duty.noSubstitute'), name: true },
      ],
      removeLabel: this.i18n.t('duty.removeLeave', { officer: leave.officer, from: this.date(leave.from) }),
      remove: () => this.removeLeave(leave.id),
    })),
  }));

  protected addSlot(form: HTMLFormElement): void {
    const roster = this.duty()?.roster ?? [];
    this.send(this.api.setDutyRoster(this.agency(), [...roster, slotFrom(new FormData(form))]), form);
  }
  private removeSlot(slot: DutySlot): void {
    const roster = this.duty()?.roster ?? [];
    this.send(
      this.api.setDutyRoster(
        this.agency(),
        roster.filter((s) => s !== slot),
      ),
    );
  }
  protected addLeave(form: HTMLFormElement): void {
    this.send(this.api.addLeave(this.agency(), leaveFrom(new FormData(form))), form);
  }
  private removeLeave(id: string): void {
    this.send(this.api.removeLeave(this.agency(), id));
  }

  /** One change at a time; the form empties only once the API has taken it. */
  private send(request: Observable<DutyView>, form?: HTMLFormElement): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    request.subscribe({
      next: (duty) => {
        this.sending.set(false);
        this.duty.set(duty);
        form?.reset();
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  private texts(...keys: MessageKey[]): string[] {
    return keys.map((key) => this.i18n.t(key));
  }
  protected weekday(weekday: number): string {
    return this.i18n.t(weekdayKey(weekday));
  }
  private date(iso: string | null): string {
    return iso ? formatDate(iso, this.i18n.lang()) : this.i18n.t('duty.untilChanged');
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
}
