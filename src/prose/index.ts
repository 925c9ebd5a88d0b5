/**
 * The long passages of a few pages (home, method, estimates, map), written per language as
 * components with their citations; the pages pick the one for their locale.
 */
import type { Locale } from '../i18n/locales.ts';
import HomeLedeEn from './en/HomeLede.astro';
import HomeLedeRu from './ru/HomeLede.astro';
import AboutEn from './en/About.astro';
import AboutRu from './ru/About.astro';
import EstimatesTextEn from './en/EstimatesText.astro';
import EstimatesTextRu from './ru/EstimatesText.astro';
import MapTextEn from './en/MapText.astro';
import MapTextRu from './ru/MapText.astro';

export const HomeLede: Record<Locale, typeof HomeLedeEn> = { en: HomeLedeEn, ru: HomeLedeRu };
export const About: Record<Locale, typeof AboutEn> = { en: AboutEn, ru: AboutRu };
export const EstimatesText: Record<Locale, typeof EstimatesTextEn> = { en: EstimatesTextEn, ru: EstimatesTextRu };
export const MapText: Record<Locale, typeof MapTextEn> = { en: MapTextEn, ru: MapTextRu };
