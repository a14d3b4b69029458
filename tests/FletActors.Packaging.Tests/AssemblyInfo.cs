// Packing, restoring and building whole projects each load both cores of the machine; one at a time keeps every
// step's deadline meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
