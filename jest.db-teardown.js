module.exports = async function teardown() {
  const prepared = globalThis.__PSP_TEST_SERVER__;
  if (prepared) {
    globalThis.__PSP_TEST_SERVER__ = undefined;
    await prepared.teardown();
  }
};
