using FletActors;
using FletActors.Samples;

// The sample gallery: every app is a plain FletApp main, served side by side. Open the printed URL.
await FletApp.CreateBuilder(args).AddSampleApps().Build().RunAsync();
