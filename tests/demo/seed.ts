import path from 'node:path';
import type { Page } from '@playwright/test';
import { format, subDays } from 'date-fns';

const PEOPLE = [
  {
    name: 'Ana Castillo',
    title: 'Head of Procurement',
    company: 'Globex',
    role: 'Decision-maker',
    touch: 'Talked about the Q3 tender',
    daysAgo: 20,
  },
  {
    name: 'Wei Zhang',
    title: 'IT Director',
    company: 'Initech',
    role: 'Influencer',
    touch: 'Sent the integration case study',
    daysAgo: 41,
  },
  {
    name: 'Søren Andersen',
    title: 'Analyst',
    company: 'Umbrella Health',
    role: 'Future buyer',
    touch: 'Met at the Copenhagen fair',
    daysAgo: 2,
  },
];

/** Fill Tend through its own panel, as a rep would, and photograph each view. */
export async function seedDemo(panel: Page, outDir: string): Promise<string[]> {
  const shots: string[] = [];
  const shoot = async (name: string) => {
    const file = path.join(outDir, `${name}.png`);
    await panel.screenshot({ path: file, fullPage: true });
    shots.push(file);
  };
  for (const person of PEOPLE) {
    await panel.goto(`${panel.url().replace(/#.*$/, '')}#/contact/new`);
    await panel.getByLabel('Full name').fill(person.name);
    await panel.getByLabel('Title').fill(person.title);
    await panel.getByLabel('Company').fill(person.company);
    await panel.getByRole('button', { name: person.role }).click();
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await panel.getByRole('heading', { name: person.name }).waitFor();
    await panel.getByRole('button', { name: 'Log touch' }).click();
    await panel.getByLabel('When').fill(format(subDays(new Date(), person.daysAgo), "yyyy-MM-dd'T'HH:mm"));
    await panel.getByLabel('Summary').fill(person.touch);
    await panel.getByLabel('Summary').press('Enter');
    await panel.getByText(person.touch).waitFor();
  }
  // A reminder due this morning, so Today has something of each kind.
  await panel.getByRole('button', { name: 'Add reminder' }).click();
  await panel.getByLabel('What').fill('Send the Copenhagen follow-up deck');
  await panel.getByLabel('Day').fill(format(new Date(), 'yyyy-MM-dd'));
  await panel.getByLabel('Time').fill('00:00');
  await panel.getByRole('button', { name: 'Add reminder' }).last().click();
  await panel.getByRole('list', { name: 'Open reminders' }).getByText('Send the Copenhagen follow-up deck', { exact: true }).waitFor();
  await shoot('contact');
  await panel.getByRole('link', { name: 'Contacts' }).click();
  await panel.getByText('3 contacts').waitFor();
  await shoot('contacts');
  await panel.getByRole('link', { name: 'Today' }).click();
  await panel.getByRole('heading', { name: /Gone stale/ }).waitFor();
  await shoot('today');
  return shots;
}
