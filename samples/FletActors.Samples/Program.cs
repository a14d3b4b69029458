using FletActors;
using FletActors.Samples;

// The sample gallery: every app is a plain FletApp main, served side by side. Open the printed URL. The exit code is
// the server's: non-zero when the cluster downed this node, so a supervisor sees it was thrown out.
return await FletApp.CreateBuilder(args).AddSampleApps().Build().RunAsync();
