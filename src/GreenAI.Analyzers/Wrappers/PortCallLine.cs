using System.Collections.Immutable;
using System.Text;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// A method that calls a port (an interface or abstract method named for AI work) whose implementation this project does
/// not see: the model is in a project it does not reference (lexrag's DocumentIngestor in Ingestion calls
/// <c>IEmbedder.EmbedAsync</c>, declared in Core and implemented in Embeddings). The project that references both joins
/// the line with the other project's export of the port (<see cref="ImportedModelCalls"/>). Written as
/// <c>[assembly: AssemblyMetadata("GreenAI.PortCall", line)]</c>: <c>1|assembly|doc-id|name|chain|port assembly|port doc-id</c>,
/// the chain from the method named to the port ("DocumentIngestor.IngestAsync → IEmbedder.EmbedAsync" under the
/// interface member the caller names).
/// </summary>
internal sealed class PortCallLine
{
    public const string MetadataKey = "GreenAI.PortCall";

    private const string Version = "1";
    private const char Separator = '|';
    private const string ChainSeparator = " → ";

    public PortCallLine(string assembly, string memberId, string name, ImmutableArray<string> chain, string portAssembly, string portId)
    {
        Assembly = assembly;
        MemberId = memberId;
        Name = name;
        Chain = chain;
        PortAssembly = portAssembly;
        PortId = portId;
    }

    /// <summary>The assembly that declares the member a caller names.</summary>
    public string Assembly { get; }

    public string MemberId { get; }

    public string Name { get; }

    /// <summary>The methods between the member named and the port, the port last.</summary>
    public ImmutableArray<string> Chain { get; }

    public string PortAssembly { get; }

    /// <summary>The port's documentation id ("M:Lex.Core.IEmbedder.EmbedAsync(System.String)").</summary>
    public string PortId { get; }

    public string Encode() => new StringBuilder(Version).Append(Separator)
        .Append(Clean(Assembly)).Append(Separator)
        .Append(Clean(MemberId)).Append(Separator)
        .Append(Clean(Name)).Append(Separator)
        .Append(Clean(string.Join(ChainSeparator, Chain))).Append(Separator)
        .Append(Clean(PortAssembly)).Append(Separator)
        .Append(Clean(PortId)).ToString();

    /// <summary>The line, or null when it is not one this version writes (a newer package's, a damaged one).</summary>
    public static PortCallLine? Decode(string text)
    {
        var fields = text.Split(Separator);
        return fields.Length == 7 && fields[0] == Version && fields[2].Length > 0 && fields[3].Length > 0 && fields[4].Length > 0 && fields[6].Length > 0
            ? new PortCallLine(fields[1], fields[2], fields[3], ImmutableArray.Create(fields[4].Split(new[] { ChainSeparator }, System.StringSplitOptions.None)), fields[5], fields[6])
            : null;
    }

    private static string Clean(string text) => ProjectExports.Field(text, Separator);
}
