import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clampView, fitRange, scaledAboutMiddle, centredOn, invertX, IDENTITY } from './zoom-math.ts';

const plot = { x0: 100, x1: 900 };
const MAX = 5000;

describe('zoom arithmetic', () => {
  it('fits a stretch of the plot to the whole plot', () => {
    const view = fitRange(500, 700, plot, MAX);
    assert.equal(view.k, 4);
    assert.equal(invertX(view, plot.x0), 500);
    assert.equal(invertX(view, plot.x1), 700);
  });

  it('never zooms out past the whole plot, nor pans past its ends', () => {
    assert.deepEqual(clampView({ k: 0.5, x: 40 }, plot, MAX), IDENTITY);
    const panned = clampView({ k: 2, x: 500 }, plot, MAX);
    assert.equal(invertX(panned, plot.x0), plot.x0, 'the left end stops at the plot’s start');
    const other = clampView({ k: 2, x: -5000 }, plot, MAX);
    assert.equal(invertX(other, plot.x1), plot.x1, 'the right end stops at the plot’s end');
  });

  it('zooms in and out about the middle, keeping what is there in the middle', () => {
    const start = fitRange(300, 500, plot, MAX);
    const middle = invertX(start, 500);
    const zoomedIn = scaledAboutMiddle(start, 2, plot, MAX);
    assert.equal(zoomedIn.k, start.k * 2);
    assert.ok(Math.abs(invertX(zoomedIn, 500) - middle) < 1e-9);
    assert.deepEqual(scaledAboutMiddle(IDENTITY, 0.5, plot, MAX), IDENTITY, 'cannot zoom out past fit');
  });

  it('centres a position at a given scale, within the plot', () => {
    const view = centredOn(450, 4, plot, MAX);
    assert.equal(invertX(view, 500), 450);
    assert.equal(invertX(centredOn(110, 4, plot, MAX), plot.x0), plot.x0, 'near an end it stops at the end');
  });

  it('caps the scale at the maximum zoom', () => {
    assert.equal(fitRange(500, 500.01, plot, 100).k, 100);
  });
});
