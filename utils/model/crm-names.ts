// The CRMs Tend connects to and how a record was matched: plain lists for the panel to show without
// loading Zod (the model over them is crm.ts).

export const CRM_KINDS = ['hubspot', 'pipedrive'] as const;
export type CrmKind = (typeof CRM_KINDS)[number];

export const CRM_LABELS: Record<CrmKind, string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive' };

export const MATCHED_BY = ['email', 'linkedin', 'name-domain', 'domain', 'name'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];
