import { PANEL_JS_BUDGET as BUDGET, panelOpenJs } from '../support/panel-js';
import { verdict } from './stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript the built panel loads when it opens, per first view, against issue 22's budget. */
export function panelOpenJsRow(): string {
  const { shell, views } = panelOpenJs();
  const worst = Math.max(...views.map((view) => view.gzip));
  return [
    '| JavaScript loaded when the panel opens (gzip) | shell | with its first view | budget | |',
    '| --- | ---: | --- | ---: | --- |',
    `| static imports of the page + the first view's chunk | ${kb(shell.gzip)} | ${views.map((view) => `${view.view} ${kb(view.gzip)}`).join(', ')} | ${kb(BUDGET)} | ${verdict(worst <= BUDGET)} |`,
  ].join('\n');
}
