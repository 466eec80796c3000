// CHANGELOG lines for users: the changeset's own text, without commit hashes (which mean
// nothing on npm), and dependency bumps in one line.
/** @type {import('@changesets/types').ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset) {
    const [first, ...rest] = changeset.summary.trim().split('\n');
    const body = rest.map((line) => (line.trim() ? `  ${line}` : '')).join('\n');
    return `\n- ${first}${body ? `\n${body}` : ''}\n`;
  },
  async getDependencyReleaseLine(_changesets, dependencies) {
    if (dependencies.length === 0) return '';
    const names = dependencies.map((d) => `\`${d.name}@${d.newVersion}\``).join(', ');
    return `\n- Uses ${names}.\n`;
  },
};
