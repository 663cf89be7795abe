using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace GreenAI.Analyzers.Impact;

/// <summary>
/// The image and video estimates of one compilation, by request shape: calls that ask for the same thing share one
/// estimate, with its properties and texts, as calls of the same chat model do. Per compilation, so shapes typed in
/// the IDE do not pile up for the life of the process.
/// </summary>
internal sealed class MediaEstimates
{
    private readonly ConcurrentDictionary<string, ImpactEstimate> _byShape = new(StringComparer.Ordinal);

    /// <param name="deviceWh">The device energy, a function of <paramref name="fields"/>.</param>
    /// <param name="fields">The request values the energy comes from (size, duration, count): the rule's own diagnostic
    /// properties, and with the label, provider, zone and method the shape that estimates are shared by.</param>
    public ImpactEstimate For(ValueRange deviceWh, string label, string? provider, string? zone, string method, params (string Key, string Value)[] fields)
    {
        var shape = new StringBuilder(method).Append('|').Append(label).Append('|').Append(provider).Append('|').Append(zone);
        foreach (var field in fields)
        {
            shape.Append('|').Append(field.Value);
        }

        var key = shape.ToString();
        return _byShape.TryGetValue(key, out var known)
            ? known
            : _byShape.GetOrAdd(key, MediaEstimator.Estimate(deviceWh, label, provider, zone, method, Properties(fields)));
    }

    private static ImmutableDictionary<string, string?> Properties((string Key, string Value)[] fields)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var (key, value) in fields)
        {
            properties.Add(key, value);
        }

        return properties.ToImmutable();
    }
}
