using GreenAI.Extensions.AI;
using GreenAI.ImpactSample;
using Microsoft.Extensions.AI;
using OpenTelemetry;
using OpenTelemetry.Metrics;

// The footprint of each answer, shown to the person who asked. Without OPENAI_API_KEY a local fake model answers
// (with the usage a real one reports); with it, gpt-4o-mini does. GREENAI_ZONE picks the electricity zone (e.g. FRA).
var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
IChatClient provider = string.IsNullOrEmpty(key)
    ? new LocalFakeChatClient()
    : new OpenAI.Chat.ChatClient("gpt-4o-mini", key).AsIChatClient();

using var meters = Sdk.CreateMeterProviderBuilder()
    .AddMeter(ImpactRecorder.MeterName)
    .AddConsoleExporter()
    .Build();

using var chat = new ChatClientBuilder(provider)
    .UseImpactTracking(options => options.ElectricityZone = Environment.GetEnvironmentVariable("GREENAI_ZONE"))
    .Build();

Console.WriteLine(string.IsNullOrEmpty(key) ? "(local fake model: set OPENAI_API_KEY to ask gpt-4o-mini)" : "(gpt-4o-mini)");
string[] questions = args.Length > 0 ? args : ["What is the capital of France?", "Give me three tips to write shorter prompts."];
foreach (var question in questions)
{
    Console.WriteLine("> " + question);
    var response = await chat.GetResponseAsync(question, new ChatOptions { MaxOutputTokens = 200 });
    Console.WriteLine(response.Text);
    Console.WriteLine("  " + response.GetImpact());
}

Console.WriteLine("> (streamed) Name a green software principle.");
var updates = new List<ChatResponseUpdate>();
await foreach (var update in chat.GetStreamingResponseAsync("Name a green software principle."))
{
    Console.Write(update.Text);
    updates.Add(update);
}

Console.WriteLine();
Console.WriteLine("  " + updates.ToChatResponse().GetImpact());
Console.WriteLine();
Console.WriteLine("The meters, as OpenTelemetry exports them:");
// Disposing the meter provider (end of the program) exports the counters once more: that is the output below.
