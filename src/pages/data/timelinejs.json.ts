import type { APIRoute } from 'astro';
import { openData, DATA_TITLE, dataDescription } from '../../data/open-data.ts';
import { getChronology } from '../../data/chronology.ts';
import { timelineJs } from '../../lib/open-data.ts';
import { DEFAULT_LOCALE } from '../../i18n/locales.ts';

export const GET: APIRoute = async () => {
  const { events } = await openData();
  return new Response(`${JSON.stringify(timelineJs(events, DATA_TITLE, dataDescription((await getChronology(DEFAULT_LOCALE)).span)), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
