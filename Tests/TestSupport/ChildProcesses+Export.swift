/// The tests spawn programs through `ChildProcess`; every test file that imports TestSupport sees it.
@_exported import ChildProcesses
