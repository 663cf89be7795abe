namespace GreenAI.Analyzers.Sdk;

/// <summary>A type of an SDK by metadata name and the assembly that declares it (some names exist in two assemblies).</summary>
internal readonly struct SdkType
{
    public SdkType(string metadataName, string assembly) => (MetadataName, Assembly) = (metadataName, assembly);

    public string MetadataName { get; }

    public string Assembly { get; }
}
