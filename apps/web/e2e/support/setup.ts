// Browser journeys take minutes, not seconds. Set here rather than as `testTimeout`, which Jest
// ignores in a project of the root multi-project config.
jest.setTimeout(180_000);
