import { useId } from 'react';
import { saveSettings } from '../storage/save-settings';
import { format } from '../utils/dates';
import type { Settings } from '../utils/model/settings';
import { AUTO_BACKUP } from '../utils/model/vocabulary';

const LABELS: Record<Settings['autoBackup'], string> = { off: 'Off', daily: 'Every day', weekly: 'Every week' };

/** How often a full backup is written to the downloads folder, and when the last one was. */
export function AutoBackupSetting({ settings }: { settings: Settings }) {
  const id = useId();
  return (
    <div className="form">
      <h2>Automatic backup</h2>
      <label className="field" htmlFor={`${id}-auto`}>
        <span>Write a backup to Downloads/Tend backups</span>
        <select
          id={`${id}-auto`}
          value={settings.autoBackup}
          onChange={(event) => void saveSettings({ autoBackup: event.target.value as Settings['autoBackup'] })}
        >
          {AUTO_BACKUP.map((value) => (
            <option key={value} value={value}>
              {LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" role="status">
        {settings.lastAutoBackupAt
          ? `Last automatic backup: ${format(settings.lastAutoBackupAt, 'd MMM yyyy, HH:mm')}.`
          : 'No automatic backup yet.'}
      </p>
    </div>
  );
}
