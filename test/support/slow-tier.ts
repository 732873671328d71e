// Integration and e2e tests start processes and talk to real services: allow them two minutes.
jest.setTimeout(120_000);
