// The browser tests measure real time (two clicks interleaving within a second, a countdown ticking): run one class
// at a time so a second Chromium and server on the same cores never blur those measurements.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
