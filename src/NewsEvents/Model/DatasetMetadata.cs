using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NewsEvents.Json;

namespace NewsEvents.Model;

/// <summary>
/// Who coded a dataset and when, under which licence, with which code books, and from which
/// source files (PLOVER's cite_info and coder fields).
/// </summary>
public sealed record DatasetMetadata
{
    /// <summary>What the dataset holds.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Description { get; init => field = Guard.OptionalText(value, "DatasetMetadata.Description"); }

    /// <summary>Who coded it (people, tools and their versions).</summary>
    [JsonConverter(typeof(TextListJsonConverter))]
    public ImmutableArray<string> Coders { get; init => field = Guard.TextItems(value, "DatasetMetadata.Coders"); } = [];

    /// <summary>When it was coded.</summary>
    public TimeValue? Coded { get; init; }

    /// <summary>The licence of the dataset, as an SPDX expression or text.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? License { get; init => field = Guard.OptionalText(value, "DatasetMetadata.License"); }

    /// <summary>The code books used, with their versions.</summary>
    public ImmutableArray<Codebook> Codebooks { get; init => field = Guard.Items(value, "DatasetMetadata.Codebooks"); } = [];

    /// <summary>The names of the files the dataset was made from.</summary>
    [JsonConverter(typeof(TextListJsonConverter))]
    public ImmutableArray<string> SourceFiles { get; init => field = Guard.TextItems(value, "DatasetMetadata.SourceFiles"); } = [];

    /// <summary>How to cite the dataset or its source.</summary>
    [JsonConverter(typeof(TextJsonConverter))]
    public string? Citation { get; init => field = Guard.OptionalText(value, "DatasetMetadata.Citation"); }

    /// <inheritdoc />
    public bool Equals(DatasetMetadata? other) =>
        other is not null && Description == other.Description && ContentEquality.Equal(Coders, other.Coders)
        && Equals(Coded, other.Coded) && License == other.License && ContentEquality.Equal(Codebooks, other.Codebooks)
        && ContentEquality.Equal(SourceFiles, other.SourceFiles) && Citation == other.Citation;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Description);
        ContentEquality.Add(ref hash, Coders);
        hash.Add(Coded);
        hash.Add(License);
        ContentEquality.Add(ref hash, Codebooks);
        ContentEquality.Add(ref hash, SourceFiles);
        hash.Add(Citation);
        return hash.ToHashCode();
    }

    /// <summary>Returns the description, or a count of coders.</summary>
    public override string ToString() => Description ?? $"DatasetMetadata ({Coders.Length} coders)";
}
