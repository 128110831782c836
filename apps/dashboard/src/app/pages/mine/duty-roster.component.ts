import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { formatDate, type DutySlot, type DutyView } from '@cchc/domain';
import type { Observable } from 'rxjs';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, failureText, loadLatest, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { weekdayKey, WEEKDAYS } from '../../shared/duty/weekdays';
import { StateViewComponent } from '../../shared/state-view';
import { leaveFrom, rosterOfficers, slotFrom } from './duty-roster';

/**
 * The one-stop counter's duty roster for a director or admin: a primary and a backup officer per
 * weekday while in force, and leaves with who stands in. The API takes the roster whole (it is
 * issued as one decision), so adding or removing a slot sends the roster as it will be.
 */
@Component({
  selector: 'cchc-duty-roster',
  imports: [StateViewComponent],
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

  protected addSlot(form: HTMLFormElement): void {
    const roster = this.duty()?.roster ?? [];
    this.send(this.api.setDutyRoster(this.agency(), [...roster, slotFrom(new FormData(form))]), form);
  }
  protected removeSlot(slot: DutySlot): void {
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
  protected removeLeave(id: string): void {
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

  protected weekday(weekday: number): string {
    return this.i18n.t(weekdayKey(weekday));
  }
  protected date(iso: string | null): string {
    return iso ? formatDate(iso, this.i18n.lang()) : this.i18n.t('duty.untilChanged');
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
}
