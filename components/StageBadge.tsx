import type { Stage } from '../storage/schema';
import { STAGE_LABELS } from './labels';

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}
