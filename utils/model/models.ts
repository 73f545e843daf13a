// The schemas storage validates writes with, gathered for storage/models.ts to load on first use.

export { Account } from './account';
export { CallPlan, CallPlanFields } from './call-plan';
export { Clip } from './clip';
export { Contact, ContactFields } from './contact';
export { CrmLookup } from './crm';
export { Reminder, ReminderFields } from './reminder';
export { Settings } from './settings';
export { StageEvent } from './stage-event';
export { Touch, TouchFields } from './touch';
