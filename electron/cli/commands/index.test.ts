import { describe, expect, it } from 'vitest';
import { commands, loadAllCommands } from './index';

describe('the command registry', () => {
  it('lists each command once, with the name and summary its module declares', async () => {
    const loaded = await loadAllCommands();
    expect(loaded.map((c) => [c.name, c.summary])).toEqual(
      commands.map((c) => [c.name, c.summary]),
    );
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });
});
