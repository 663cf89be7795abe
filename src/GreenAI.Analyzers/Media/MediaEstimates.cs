using System;
using System.Collections.Immutable;
using GreenAI.Analyzers.Caching;
using GreenAI.Impact;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The image and video estimates of one compilation, by request shape: calls that ask for the same thing share one
/// estimate, with its properties and texts, as calls of the same chat model do. Per compilation, so shapes typed in
/// the IDE do not pile up for the life of the process.
/// </summary>
internal sealed class MediaEstimates
{
    private readonly CompilationCache<Shape, ImpactEstimate> _byShape = new();

    /// <param name="deviceWh">The device energy, a function of <paramref name="fields"/>.</param>
    /// <param name="fields">The request values the energy comes from (size, duration, count): the rule's own diagnostic
    /// properties, and with the label, provider, zone and method the shape that estimates are shared by.</param>
    public ImpactEstimate For(ValueRange deviceWh, string label, string? provider, string? zone, string method, params (string Key, string? Value)[] fields)
    {
        var key = new Shape(method, label, provider, zone, fields);
        return _byShape.GetOrAdd(key, (deviceWh, label, provider, zone, method, fields), static (_, request) =>
            MediaEstimator.Estimate(request.deviceWh, request.label, request.provider, request.zone, request.method, Properties(request.fields)));
    }

    private static ImmutableDictionary<string, string?> Properties((string Key, string? Value)[] fields)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var (key, value) in fields)
        {
            properties.Add(key, value);
        }

        return properties.ToImmutable();
    }

    /// <summary>What an estimate depends on, compared by value (a struct: no key string built per call).</summary>
    private readonly struct Shape : IEquatable<Shape>
    {
        private readonly string _method;
        private readonly string _label;
        private readonly string? _provider;
        private readonly string? _zone;
        private readonly StringPairs _fields;

        public Shape(string method, string label, string? provider, string? zone, (string Key, string? Value)[] fields) =>
            (_method, _label, _provider, _zone, _fields) = (method, label, provider, zone, new StringPairs(fields));

        public bool Equals(Shape other) =>
            _method == other._method && _label == other._label && _provider == other._provider && _zone == other._zone && _fields.Equals(other._fields);

        public override bool Equals(object? obj) => obj is Shape other && Equals(other);

        public override int GetHashCode()
        {
            int hash = (StringPairs.Hash(_method) * 31) + StringPairs.Hash(_label);
            hash = (((hash * 31) + StringPairs.Hash(_provider)) * 31) + StringPairs.Hash(_zone);
            return (hash * 31) + _fields.GetHashCode();
        }
    }
}
