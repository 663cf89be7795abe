using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.AppSettingsFiles;

/// <summary>
/// The configuration key a read of IConfiguration uses, when it is constant: <c>config["OpenAI:Model"]</c>,
/// <c>config.GetSection("OpenAI")["Model"]</c>, <c>config.GetSection("OpenAI:Model").Value</c>,
/// <c>config.GetValue&lt;string&gt;("OpenAI:Model")</c>. Null for anything else.
/// </summary>
internal static class ConfigurationKeys
{
    private const int MaxSections = 8;

    public static string? KeyOf(IPropertyReferenceOperation reference, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        if (sdk.Configuration == null || reference.Instance == null)
        {
            return null;
        }

        if (reference.Property.IsIndexer && reference.Arguments.Length == 1 && reference.Arguments[0].Value.ConstantValue.Value is string key)
        {
            var prefix = SectionPath(reference.Instance, sdk, cancellationToken, 0);
            return prefix == null ? null : Join(prefix, key);
        }

        if (reference.Property.Name == "Value" && !reference.Property.IsStatic)
        {
            var path = SectionPath(reference.Instance, sdk, cancellationToken, 0);
            return string.IsNullOrEmpty(path) ? null : path;
        }

        return null;
    }

    public static string? KeyOf(IInvocationOperation invocation, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod;
        if (sdk.Configuration == null || method.Name != "GetValue" || !method.IsExtensionMethod
            || method.ContainingType?.Name != "ConfigurationBinder" || invocation.Arguments.Length < 2
            || invocation.Arguments[1].Value.ConstantValue.Value is not string key)
        {
            return null;
        }

        var prefix = SectionPath(invocation.Arguments[0].Value, sdk, cancellationToken, 0);
        return prefix == null ? null : Join(prefix, key);
    }

    /// <summary>"" for the configuration root, "A:B" for GetSection("A").GetSection("B"), null when not a configuration.</summary>
    public static string? SectionPathOf(IOperation value, SdkSymbols sdk, CancellationToken cancellationToken) =>
        SectionPath(value, sdk, cancellationToken, 0);

    private static string? SectionPath(IOperation instance, SdkSymbols sdk, CancellationToken cancellationToken, int depth)
    {
        if (depth > MaxSections)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(instance, cancellationToken);
        if (origin is IInvocationOperation { TargetMethod.Name: "GetSection" } getSection && IsConfiguration(getSection.Instance?.Type ?? getSection.TargetMethod.ContainingType, sdk))
        {
            var key = getSection.Arguments.Length == 1 ? getSection.Arguments[0].Value.ConstantValue.Value as string : null;
            var parent = getSection.Instance == null ? null : SectionPath(getSection.Instance, sdk, cancellationToken, depth + 1);
            return key == null || parent == null ? null : Join(parent, key);
        }

        return IsConfiguration(origin.Type, sdk) ? string.Empty : null;
    }

    private static bool IsConfiguration(ITypeSymbol? type, SdkSymbols sdk)
    {
        if (type == null || sdk.Configuration == null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, sdk.Configuration))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, sdk.Configuration))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + ":" + key;
}
