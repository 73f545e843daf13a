import type { Stage } from '../utils/model/vocabulary';
import { STAGE_LABELS } from './labels';

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}
