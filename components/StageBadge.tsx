import type { Stage } from '../utils/model/vocabulary';
import { STAGE_LABELS } from './labels';
import './StageBadge.css';

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}
