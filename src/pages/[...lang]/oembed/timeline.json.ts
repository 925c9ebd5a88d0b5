import type { APIRoute } from 'astro';
import { oembedFor, timelineEmbed } from '../../../data/embeds.ts';
import { getChronology } from '../../../data/chronology.ts';
import { localeParams, type Locale } from '../../../i18n/index.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const locale = props.locale as Locale;
  const embed = timelineEmbed(locale, (await getChronology(locale)).span);
  return new Response(`${JSON.stringify(oembedFor(locale, embed), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
