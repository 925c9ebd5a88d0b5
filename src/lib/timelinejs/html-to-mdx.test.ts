import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mdxToJs } from 'satteri';
import { firstSentence, htmlToMdx, plainText, type Link } from './html-to-mdx.ts';

/** The MDX compiled by Astro's own MDX processor (it throws on anything MDX cannot read). */
const compiled = (mdx: string) => mdxToJs(mdx).code;

/** A citer that numbers http(s) links in order of first appearance, and records what it was asked. */
function citer() {
  const asked: Link[] = [];
  const ids = new Map<string, string>();
  const cite = (link: Link) => {
    asked.push(link);
    if (!/^https?:/.test(link.url)) return undefined;
    if (!ids.has(link.url)) ids.set(link.url, `S0${ids.size + 1}`);
    return ids.get(link.url);
  };
  return { cite, asked };
}

describe('htmlToMdx keeps the prose', () => {
  it('keeps paragraphs, emphasis and strong', () => {
    assert.equal(htmlToMdx('<p>One <b>bold</b> and <i>italic</i>, <strong>strong</strong> and <em>em</em>.</p><p>Two.</p>'), 'One **bold** and _italic_, **strong** and _em_.\n\nTwo.');
  });

  it('keeps line breaks, lists and blockquotes', () => {
    assert.equal(htmlToMdx('<p>One<br>two</p><ul><li>a</li><li>b</li></ul><ol><li>first</li></ol><blockquote><p>Quoted.</p></blockquote>'), 'One\\\ntwo\n\n- a\n- b\n\n1. first\n\n> Quoted.');
  });

  it('keeps web and mailto links as Markdown links, even when their words are the address', () => {
    const mdx = htmlToMdx('<p><a href="https://example.org/a">A page</a>, <a href="mailto:fixture@example.org">write</a>, <a href="https://example.org/b">https://example.org/b</a></p>');
    assert.equal(mdx, '[A page](https://example.org/a), [write](mailto:fixture@example.org), [https://example.org/b](https://example.org/b)');
  });

  it('writes link addresses as the URL standard does, so that none needs brackets', () => {
    const mdx = htmlToMdx('<p><a href="https://EXAMPLE.org/a page?q=a b">A</a> <a href="https://example.org/(x)">B</a></p>');
    assert.equal(mdx, '[A](https://example.org/a%20page?q=a%20b) [B](https://example.org/\\(x\\))');
    assert.ok(compiled(mdx).includes('"https://example.org/(x)"'));
  });

  it('keeps the words of elements it does not keep, blocks as paragraphs', () => {
    assert.equal(htmlToMdx('<h2>Heading</h2><div>One <span style="color:red">red</span> word</div><div>Two</div>'), '**Heading**\n\nOne red word\n\nTwo');
  });

  it('gives an empty string for empty text', () => {
    assert.equal(htmlToMdx(''), '');
    assert.equal(htmlToMdx('<p> </p><script>x()</script>'), '');
  });
});

describe('htmlToMdx drops what is unsafe', () => {
  it('drops scripts, styles and frames with everything in them', () => {
    const mdx = htmlToMdx('<p>Before.<script>alert("x")</script></p><style>p{color:red}</style><iframe src="https://example.com/embed">Frame words</iframe><object data="x">Object words</object><p>After.</p>');
    assert.equal(mdx, 'Before.\n\nAfter.');
  });

  it('drops event handlers and every other attribute', () => {
    const mdx = htmlToMdx('<p onclick="alert(1)" class="x" style="color:red">Click <a href="https://example.org/" onmouseover="steal()" target="_blank">here</a></p>');
    assert.equal(mdx, 'Click [here](https://example.org/)');
  });

  it('drops javascript:, data:, relative and malformed links, keeping their words', () => {
    const mdx = htmlToMdx('<p><a href="javascript:alert(1)">one</a> <a href=" JavaScript:alert(1)">two</a> <a href="data:text/html,x">three</a> <a href="/page">four</a> <a href="#top">five</a> <a href="https://exa mple.org">six</a> <a>seven</a></p>');
    assert.equal(mdx, 'one two three four five six seven');
  });

  it('makes an image on the web with alt text a cited link to it in those words; drops one without', () => {
    const { cite, asked } = citer();
    assert.equal(htmlToMdx('<p>The plan: <img src="https://example.org/plan.png" alt="the 1900 town plan"> <img src="https://example.org/x.png"></p>', { cite }), 'The plan: [the 1900 town plan](https://example.org/plan.png) <Cite ids="S01" />');
    assert.deepEqual(asked, [{ url: 'https://example.org/plan.png', text: 'the 1900 town plan' }]);
  });

  it('drops images inside a link and a link with no words, citing nothing for it', () => {
    const { cite, asked } = citer();
    assert.equal(htmlToMdx('<p>Look <a href="https://example.org/a"><img src="https://example.org/a.jpg"></a>here.</p>', { cite }), 'Look here.');
    assert.deepEqual(asked, []);
  });
});

describe('htmlToMdx escapes what MDX would read as code', () => {
  const cases = [
    ['braces', '<p>A value like {x} or a lone } stays text.</p>', 'A value like {x} or a lone } stays text.'],
    ['a less-than sign', '<p>3 < 4 and 5 &lt; 6 and &lt;Cite ids="S01" /&gt;</p>', '3 < 4 and 5 < 6 and <Cite ids="S01" />'],
    ['an ampersand and entities', '<p>Fixture &amp; Friends &copy; 1900 &#x7B;</p>', 'Fixture & Friends © 1900 {'],
    ['Markdown characters', '<p>*not emphasis* _nor this_ # nor a heading [nor](a link)</p>', '*not emphasis* _nor this_ # nor a heading [nor](a link)'],
  ] as const;
  for (const [what, html, text] of cases) {
    it(`writes ${what} so that MDX reads them as the same text`, () => {
      const mdx = htmlToMdx(html);
      assert.ok(compiled(mdx).includes(JSON.stringify(text)), `${mdx}\n→\n${compiled(mdx)}`);
    });
  }

  it('escapes braces and a less-than sign with a backslash', () => {
    assert.equal(htmlToMdx('<p>{x} } 3 < 4</p>'), '\\{x\\} \\} 3 \\< 4');
  });

  it('keeps a paragraph starting "import " or "export " from being read as a module statement', () => {
    const mdx = htmlToMdx("<p>import duties rose.</p><p>export const x = 1</p><ul><li>import fixture from 'fs'</li></ul>");
    const code = compiled(mdx);
    assert.equal(code.match(/^import /gm)?.length, 1, code); // the JSX runtime's own import only
    assert.doesNotMatch(code, /^export const/m);
    assert.ok(code.includes('"import duties rose."'));
    assert.ok(code.includes('"export const x = 1"'));
  });

  it('writes MDX that compiles, whatever the HTML', () => {
    const html = '<p>a < b > c { d } e</p><p>import x</p><p>&lt;!-- comment --&gt; <!-- real comment --></p><p><a href="https://example.org/?q={x}&amp;r=<y>">odd {link}</a></p><p>`code` $math$ ~~strike~~ | table |</p>';
    assert.doesNotThrow(() => compiled(htmlToMdx(html, { cite: citer().cite })));
  });
});

describe('htmlToMdx cites links', () => {
  it('ends each paragraph or list item that holds web links with a <Cite> of their sources, in order', () => {
    const { cite } = citer();
    const mdx = htmlToMdx(
      '<p>See <a href="https://example.org/a">A</a> and <a href="https://example.org/b">B</a>, then <a href="https://example.org/a">A again</a>. </p><p>Nothing here.</p><ul><li>An item with <a href="https://example.org/c">C</a></li><li>One without</li></ul><blockquote>Quoting <a href="https://example.org/b">B</a></blockquote>',
      { cite },
    );
    assert.equal(
      mdx,
      [
        'See [A](https://example.org/a) and [B](https://example.org/b), then [A again](https://example.org/a). <Cite ids="S01 S02" />',
        'Nothing here.',
        '- An item with [C](https://example.org/c) <Cite ids="S03" />\n- One without',
        '> Quoting [B](https://example.org/b) <Cite ids="S02" />',
      ].join('\n\n'),
    );
    assert.doesNotThrow(() => compiled(mdx));
  });

  it('asks for each link with its words, in document order, and cites no mailto link', () => {
    const { cite, asked } = citer();
    const mdx = htmlToMdx('<p><a href="mailto:fixture@example.org">Write</a> or read <a href="https://example.org/a">the <b>page</b></a>.</p>', { cite });
    assert.deepEqual(asked, [
      { url: 'mailto:fixture@example.org', text: 'Write' },
      { url: 'https://example.org/a', text: 'the page' },
    ]);
    assert.equal(mdx, '[Write](mailto:fixture@example.org) or read [the **page**](https://example.org/a). <Cite ids="S01" />');
  });

  it('cites media after the text: in the last paragraph, merged with its <Cite>', () => {
    const { cite } = citer();
    assert.equal(htmlToMdx('<p>See <a href="https://example.org/a">A</a>.</p>', { cite, citeAfter: ['S07'] }), 'See [A](https://example.org/a). <Cite ids="S01 S07" />');
    assert.equal(htmlToMdx('<p>Plain.</p>', { citeAfter: ['S07'] }), 'Plain. <Cite ids="S07" />');
  });

  it('cites media as the body when there is no text, or after a list in a paragraph of its own', () => {
    assert.equal(htmlToMdx('', { citeAfter: ['S07'] }), '<Cite ids="S07" />');
    assert.equal(htmlToMdx('<ul><li>Item</li></ul>', { citeAfter: ['S07'] }), '- Item\n\n<Cite ids="S07" />');
    assert.doesNotThrow(() => compiled('<Cite ids="S07" />'));
  });

  it('asks for the media ids only after the text links are cited', () => {
    const order: string[] = [];
    htmlToMdx('<p><a href="https://example.org/a">A</a></p>', {
      cite: () => {
        order.push('link');
        return 'S01';
      },
      citeAfter: () => {
        order.push('media');
        return ['S02'];
      },
    });
    assert.deepEqual(order, ['link', 'media']);
  });
});

describe('plainText and firstSentence', () => {
  it('gives the words of some HTML on one line, tags gone and entities decoded', () => {
    assert.equal(plainText('<b>Fixture</b> &amp; <i>Town</i>\n  founded <script>alert(1)</script>&nbsp;'), 'Fixture & Town founded');
  });

  it('gives the first sentence of the first paragraph', () => {
    assert.equal(firstSentence('<p>Dr. J. Smith founded Fixture Town in 1850. It grew.</p><p>Later.</p>'), 'Dr. J. Smith founded Fixture Town in 1850.');
    assert.equal(firstSentence('<p></p><p>Only this</p>'), 'Only this');
    assert.equal(firstSentence(''), '');
  });

  it('cuts a long first sentence at a word, with an ellipsis', () => {
    const long = `${'Fixture word '.repeat(30)}end.`;
    const sentence = firstSentence(`<p>${long}</p>`, 200);
    assert.ok(sentence.length <= 200, sentence);
    assert.match(sentence, /^Fixture word .*word…$/);
  });
});
