import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { embedProtocolName, embedHostScript, datasetKey } from './embed-protocol.ts';

describe('the embed protocol', () => {
  it('is named after the story, so this documentary’s existing host pages keep working', () => {
    assert.equal(embedProtocolName('Across the Strait'), 'across-the-strait');
    assert.equal(embedProtocolName('The Fixture Town story'), 'the-fixture-town-story');
    assert.equal(embedProtocolName('Café Müller'), 'cafe-mueller');
    assert.equal(embedProtocolName('מעבר למצר'), 'timeline-embed', 'a name with no Latin letters gets a neutral one');
    assert.equal(datasetKey('across-the-strait'), 'acrossTheStrait');
  });

  it('gives a host script that parses, and names its attribute and messages by the protocol', () => {
    const script = embedHostScript('the-fixture-town-story');
    assert.doesNotThrow(() => new Function(script));
    assert.match(script, /"iframe\[data-the-fixture-town-story\]"/);
    assert.match(script, /var PREFIX = "the-fixture-town-story:";/);
    assert.doesNotMatch(script, /strait/i);
  });
});
