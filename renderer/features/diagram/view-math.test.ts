import { describe, expect, it } from 'vitest';
import { pngScale } from './export-files';
import { fitView, zoomAt } from './use-pan-zoom';

describe('diagram view math', () => {
  it('fits a drawing into the viewport, centred, never enlarged', () => {
    expect(fitView({ width: 2000, height: 1000 }, { width: 1000, height: 800 })).toEqual({
      x: 0,
      y: 150,
      scale: 0.5,
    });
    expect(fitView({ width: 200, height: 100 }, { width: 1000, height: 800 })).toEqual({
      x: 400,
      y: 350,
      scale: 1,
    });
  });

  it('zooms around the pointer', () => {
    const view = zoomAt({ x: 0, y: 0, scale: 1 }, 2, { x: 100, y: 50 });
    expect(view).toEqual({ x: -100, y: -50, scale: 2 });
  });

  it('keeps PNG canvases inside browser limits', () => {
    expect(pngScale({ width: 800, height: 600 }, 2)).toBe(2);
    const huge = { width: 30_000, height: 9_000 };
    const scale = pngScale(huge, 2);
    expect(huge.width * scale).toBeLessThanOrEqual(16_000);
    expect(huge.width * scale * huge.height * scale).toBeLessThanOrEqual(100_000_000);
  });
});
