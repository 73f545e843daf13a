import { useId, useState } from 'react';
import { saveCrmConnection } from '../../storage/secrets';
import type { CrmProperty } from '../../utils/crm/service';
import { serviceFor } from '../../utils/crm/services';
import type { CrmConnection } from '../../utils/model/crm';
import { CRM_LABELS } from '../../utils/model/crm-names';
import { ErrorLine } from '../ErrorLine';
import { StatusLine } from '../StatusLine';
import { describeCrmError } from './crm-errors';
import { panelFetch, requireCrmAccess } from './crm-fetch';

/** Which CRM property carries Tend's nurture stage on a push: one of the CRM's own text properties, or none. */
export function StagePropertyPicker({ connection }: { connection: CrmConnection }) {
  const id = useId();
  const [properties, setProperties] = useState<CrmProperty[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const label = CRM_LABELS[connection.crm];

  const load = () => {
    setError(null);
    void requireCrmAccess(connection.crm)
      .then(() => serviceFor(connection, panelFetch).textProperties())
      .then(setProperties)
      .catch((caught: unknown) => setError(describeCrmError(connection.crm, caught)));
  };
  const choose = (name: string) => {
    setSaved(null);
    const { stageProperty: _property, stageLabel: _label, ...rest } = connection;
    const label = properties?.find((property) => property.name === name)?.label;
    void saveCrmConnection(name ? { ...rest, stageProperty: name, ...(label ? { stageLabel: label } : {}) } : rest)
      .then(() => setSaved(name ? `Tend's stage goes to ${label ?? name} on the next push.` : 'Tend’s stage is not pushed.'))
      .catch((caught: unknown) => setError(describeCrmError(connection.crm, caught)));
  };

  return (
    <div className="field-group">
      {properties ? (
        <label className="field" htmlFor={`${id}-stage`}>
          <span>{label} property for Tend's nurture stage</span>
          <select id={`${id}-stage`} value={connection.stageProperty ?? ''} onChange={(event) => choose(event.target.value)}>
            <option value="">Don't push the stage</option>
            {connection.stageProperty && !properties.some((property) => property.name === connection.stageProperty) ? (
              <option value={connection.stageProperty}>{connection.stageProperty} (not found now)</option>
            ) : null}
            {properties.map((property) => (
              <option key={property.name} value={property.name}>
                {property.label} ({property.name})
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          Nurture stage pushed to: <strong>{connection.stageLabel ?? connection.stageProperty ?? 'nowhere yet'}</strong>{' '}
          <button type="button" className="button small" onClick={load}>
            Choose a {label} property
          </button>
        </p>
      )}
      <ErrorLine message={error} />
      <StatusLine message={saved} />
    </div>
  );
}
