/** bin/import.ts, run as `npm run import` runs it: a child process writing into a temporary folder. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = join(PROJECT, 'e2e/fixtures/timelinejs');

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(PROJECT, 'bin/import.ts'), ...args], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, INIT_CWD: PROJECT, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, relative to it, sorted. */
function tree(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('npm run import', () => {
  let temp: string;
  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'timelinejs-import-'));
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('writes the whole content folder, says what it wrote and what to run next', () => {
    const dir = join(temp, 'from-json');
    const today = () => new Date().toISOString().slice(0, 10);
    const before = today();
    const { status, stdout, stderr } = run([join(FIXTURES, 'story.json'), dir]);
    const after = today();
    assert.equal(status, 0, stderr);
    assert.equal(stdout, `Wrote 9 events, 3 eras (1 added for events outside the story's eras), 4 threads and 7 sources to ${dir}, with 2 media files.\nNext: CONTENT_DIR=${dir} npm run build\n`);
    assert.match(stderr, /^import: note: story\.json events\[4\] start_date: the time of day \(14:30\) is left out/m);
    assert.deepEqual(tree(dir), [
      'eras/1-founding-years.mdx',
      'eras/2-the-modern-town.mdx',
      'eras/3-1950-1970.mdx',
      'events/1850-fixture-town-founded.mdx',
      'events/1862-first-fixture-fair.mdx',
      'events/1901-fixture-bridge-opens.mdx',
      'events/1902-fixture-railway-built.mdx',
      'events/1925-fixture-clock-struck-thirteen.mdx',
      'events/1950-fixture-museum-opens.mdx',
      'events/1970-fixture-fair-2.mdx',
      'events/1970-fixture-fair.mdx',
      'events/fixture-centenary.mdx',
      'media/fixture-museum.svg',
      'media/fixture-town-map.svg',
      'overview.mdx',
      'site.yaml',
      'sources.yaml',
    ]);
    assert.equal(readFileSync(join(dir, 'media/fixture-museum.svg'), 'utf8'), readFileSync(join(FIXTURES, 'images/fixture-museum.svg'), 'utf8'));
    assert.match(readFileSync(join(dir, 'events/1850-fixture-town-founded.mdx'), 'utf8'), new RegExp(`^updated: '(${before}|${after})'$`, 'm'));
    assert.deepEqual(readdirSync(temp).filter((name) => name.includes('.partial-')), []);
  });

  it('imports a sheet into an empty folder that already exists, from paths relative to where it was typed', () => {
    mkdirSync(join(temp, 'from-csv'));
    const { status, stdout, stderr } = run([relative(temp, join(FIXTURES, 'story.csv')), 'from-csv'], { INIT_CWD: temp });
    assert.equal(status, 0, stderr);
    assert.match(stdout, new RegExp(`Next: CONTENT_DIR=${join(temp, 'from-csv')} npm run build\\n$`));
    assert.ok(existsSync(join(temp, 'from-csv/events/1950-fixture-town-turns-one-hundred.mdx')));
  });

  it('stops on a malformed file with its message, and leaves no folder behind', () => {
    const dir = join(temp, 'malformed');
    const { status, stdout, stderr } = run([join(FIXTURES, 'month-13.csv'), dir]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'import: month-13.csv:5 Month: 13 is not a month (1–12)\n');
    assert.ok(!existsSync(dir));
    assert.deepEqual(readdirSync(temp).filter((name) => name.startsWith('malformed')), []);
  });

  it('prints every problem of a file, one per line', () => {
    const { status, stderr } = run([join(FIXTURES, 'many-problems.csv'), join(temp, 'many')]);
    assert.equal(status, 1);
    assert.equal(stderr.split('\n').filter(Boolean).length, 7);
    assert.ok(stderr.split('\n').filter(Boolean).every((line) => line.startsWith('import: many-problems.csv:')), stderr);
  });

  it('stops on a missing media file without leaving a partial folder', () => {
    const dir = join(temp, 'no-media');
    const { status, stderr } = run([join(FIXTURES, 'missing-media.json'), dir]);
    assert.equal(status, 1);
    assert.match(stderr, /^import: missing-media\.json events\[0\] media\.url: "images\/no-such-mill\.png" is not a file next to missing-media\.json/);
    assert.deepEqual(readdirSync(temp).filter((name) => name.startsWith('no-media')), []);
  });

  it('refuses a folder that exists and is not empty, touching nothing in it', () => {
    const dir = join(temp, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'keep');
    const { status, stderr } = run([join(FIXTURES, 'story.json'), dir]);
    assert.equal(status, 1);
    assert.equal(stderr, `import: ${dir}: exists and is not empty; import never overwrites\n`);
    assert.deepEqual(readdirSync(dir), ['keep.txt']);
    assert.deepEqual(readdirSync(temp).filter((name) => name.startsWith('taken.')), []);
  });

  it("refuses the project's own content folder and any folder inside it", () => {
    for (const dir of ['content', 'content/imported', join(PROJECT, 'content/events/x')]) {
      const { status, stderr } = run([join(FIXTURES, 'story.json'), dir]);
      assert.equal(status, 1, dir);
      assert.equal(stderr, `import: ${dir}: is the project's own content/ (or inside it); import into a new folder\n`);
    }
    assert.ok(!existsSync(join(PROJECT, 'content/imported')));
  });

  it('refuses a file that is neither .json nor .csv, a missing file, and a wrong number of arguments', () => {
    const txt = join(temp, 'story.txt');
    writeFileSync(txt, '{}');
    assert.deepEqual(run([txt, join(temp, 'txt')]), { status: 1, stdout: '', stderr: 'import: story.txt: is neither .json (TimelineJS JSON) nor .csv (a TimelineJS sheet saved as CSV)\n' });
    assert.deepEqual(run([join(temp, 'none.json'), join(temp, 'none')]), { status: 1, stdout: '', stderr: `import: cannot read ${join(temp, 'none.json')}: no such file\n` });
    const usage = run([join(FIXTURES, 'story.json')]);
    assert.equal(usage.status, 1);
    assert.match(usage.stderr, /^import: usage: npm run import -- FILE DIR/);
    assert.deepEqual(readdirSync(temp).filter((name) => name === 'txt' || name === 'none'), []);
  });
});
