// electron-builder beforePack: rebuild better-sqlite3 against the Electron version being packaged.
// Any error is thrown, which stops the build: a package with a Node-ABI native module would not start.
const { rebuild } = require('@electron/rebuild');

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

exports.default = async function beforePack(context) {
  const electronVersion = context.packager.info.framework.version;
  const arch = ARCH_NAMES[context.arch];
  console.log(`rebuilding better-sqlite3 for Electron ${electronVersion} (${arch})`);
  await rebuild({
    buildPath: context.packager.info.projectDir,
    electronVersion,
    arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
};
