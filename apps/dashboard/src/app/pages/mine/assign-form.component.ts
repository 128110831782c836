import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import type { OwnershipNode, OwnershipResponse } from '@cchc/domain';
import { nodeName } from '../../charts/index-charts';
import { ApiService, type OwnershipKey } from '../../core/api/api.service';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { assignmentFrom, TARGET_KINDS, type TargetKind } from './ownership';

/**
 * Assigns one node: lead department (from the agency's), supporting departments, the responsible
 * person and an optional target. Opens on the node picked in the tree, else the first nobody answers
 * for, filled with its current owner; answers with the tree as it now stands.
 */
@Component({
  selector: 'cchc-assign-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assign-form.component.html',
})
export class AssignFormComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  readonly agency = input.required<string>();
  readonly key = input.required<OwnershipKey>();
  readonly nodes = input.required<readonly OwnershipNode[]>();
  readonly departments = input.required<readonly string[]>();
  /** The node picked in the tree. */
  readonly picked = input<string | null>(null);
  readonly saved = output<OwnershipResponse>();

  protected readonly targetKinds = TARGET_KINDS;
  protected readonly code = linkedSignal(() => this.picked() ?? (this.nodes().find((n) => !n.owner) ?? this.nodes()[0])?.code ?? '');
  protected readonly owner = computed(() => this.nodes().find((n) => n.code === this.code())?.owner ?? null);
  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly done = signal<string | null>(null);

  protected save(form: HTMLFormElement): void {
    if (this.sending()) return;
    const assignment = assignmentFrom(new FormData(form));
    this.sending.set(true);
    this.failure.set(null);
    this.done.set(null);
    this.api.assign(this.agency(), this.key(), [assignment]).subscribe({
      next: (tree) => {
        this.sending.set(false);
        this.done.set(assignment.nodeCode);
        this.saved.emit(tree);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected nodeLabel(node: OwnershipNode): string {
    // options keep no leading spaces: the tree's depth is shown with non-breaking ones
    const name = `${'\u00a0\u00a0'.repeat(node.depth)}${node.code} — ${nodeName(node, this.i18n.lang())}`;
    return node.owner ? name : `${name} (${this.i18n.t('indices.unassigned')})`;
  }
  protected kindLabel(kind: TargetKind): string {
    return this.i18n.t(`owner.kind.${kind}` satisfies MessageKey);
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
