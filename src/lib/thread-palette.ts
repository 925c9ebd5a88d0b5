/**
 * Thread colours for a story that names none: twelve light/dark pairs, each at least 4.3:1
 * against the page and the panel of its theme (WCAG's 3:1 for graphics, with room), in an
 * order that keeps neighbouring lanes apart.
 */
export const THREAD_PALETTE: readonly { light: string; dark: string }[] = [
  { light: '#1f6f8b', dark: '#6cc2de' },
  { light: '#b3261e', dark: '#f28b82' },
  { light: '#2d7a3e', dark: '#7fcf8e' },
  { light: '#5b4a9e', dark: '#b1a2f0' },
  { light: '#8a4b08', dark: '#e0a15a' },
  { light: '#a0306e', dark: '#f08cc0' },
  { light: '#00766c', dark: '#5fd3c6' },
  { light: '#6d6a00', dark: '#d4cf5a' },
  { light: '#23508f', dark: '#8fb4f0' },
  { light: '#7a3fa0', dark: '#d6a6f5' },
  { light: '#9a4a00', dark: '#f5a35c' },
  { light: '#6b6f76', dark: '#a9adb3' },
];
