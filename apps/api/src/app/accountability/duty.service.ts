import { Injectable, NotFoundException } from '@nestjs/common';
import { addDays, dutyOn, vnDate, type DutySlot, type DutyView, type Leave, type LeaveView } from '@cchc/domain';
import { AgenciesService } from '@cchc/analytics';
import { DutyRepository } from '@cchc/store';

/** "Who is on duty today" at the one-stop counter, and the roster behind it. */
@Injectable()
export class DutyService {
  constructor(
    private readonly repository: DutyRepository,
    private readonly agencies: AgenciesService,
  ) {}

  async week(agency: string, from = vnDate(new Date())): Promise<DutyView> {
    await this.agencies.require(agency);
    const roster: DutySlot[] = (await this.repository.roster(agency)).map(({ weekday, primary, backup, validFrom, validTo }) => ({ weekday, primary, backup, validFrom, validTo }));
    const leaves: LeaveView[] = (await this.repository.leavesOf(agency)).map(({ id, officer, from: start, to, substitute }) => ({ id, officer, from: start, to, substitute }));
    const days = Array.from({ length: 7 }, (_, i) => dutyOn(roster, leaves, addDays(from, i)));
    return { agencyCode: agency, days, roster, leaves };
  }

  async replaceRoster(actor: string, agency: string, roster: readonly DutySlot[]): Promise<DutyView> {
    await this.agencies.require(agency);
    await this.repository.replaceRoster(actor, agency, roster);
    return this.week(agency);
  }

  async removeLeave(actor: string, agency: string, id: string): Promise<DutyView> {
    await this.agencies.require(agency);
    if (!(await this.repository.removeLeave(actor, agency, id))) {
      throw new NotFoundException({ code: 'unknown_leave', message: 'Không có lượt nghỉ phép này', messageEn: 'No such leave' });
    }
    return this.week(agency);
  }

  async addLeave(actor: string, agency: string, leave: Leave): Promise<DutyView> {
    await this.agencies.require(agency);
    await this.repository.addLeave(actor, { ...leave, agencyCode: agency });
    return this.week(agency, leave.from);
  }
}
