using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Geo;

/// <summary>A perfect hash over folded name keys: each key maps to its number with one probe and one comparison, allocation-free.</summary>
/// <remarks>
/// Hash and displace: every key's 64-bit hash picks a bucket, and each bucket stores the seed that sends all its keys to distinct
/// free slots, found largest buckets first while the table is still empty. A slot holds its key's number beside 32 bits of the
/// key's hash, so a word that is no key is turned away after two reads (its bucket's seed and the slot) without touching any text.
/// Keys live in one character pool rather than a string each, so loading makes a few large arrays instead of many small objects.
/// </remarks>
internal sealed class NameIndex
{
    // Room in the table and small buckets keep the seed search short: most buckets settle on their first or second seed.
    private const double SlotsPerKey = 1.25;
    private const int KeysPerBucket = 2;

    // Key k is _chars[_starts[k].._starts[k + 1]]; the arrays may be longer than Count.
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _seeds;
    // Low half of a key's hash in the high half, its number + 1 in the low half; 0 for a free slot.
    private readonly ulong[] _slots;

    private NameIndex(int count, char[] chars, int[] starts, int[] seeds, ulong[] slots)
    {
        Count = count;
        (_chars, _starts, _seeds, _slots) = (chars, starts, seeds, slots);
    }

    /// <summary>Number of keys.</summary>
    public int Count { get; }

    /// <summary>Key number <paramref name="number"/>.</summary>
    public ReadOnlySpan<char> Key(int number) => _chars.AsSpan(_starts[number], _starts[number + 1] - _starts[number]);

    /// <summary>The number of <paramref name="key"/>, or -1 when it is not a key.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        if (_slots.Length == 0) return -1;
        ulong hash = Hash(key);
        ulong slot = _slots[Slot(hash, _seeds[Bucket(hash, _seeds.Length)], _slots.Length)];
        if (slot >> 32 != (uint)hash || slot == 0) return -1;
        int number = (int)(uint)slot - 1;
        return Key(number).SequenceEqual(key) ? number : -1;
    }

    /// <summary>64-bit hash of a key: eight bytes at a time, then a finalizer so low and high bits both spread.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        ulong h = (ulong)key.Length * Multiplier;
        var words = MemoryMarshal.Cast<char, ulong>(key);
        foreach (ulong w in words)
            h = BitOperations.RotateLeft((h ^ w) * Multiplier, 29);
        for (int i = words.Length * 4; i < key.Length; i++)
            h = BitOperations.RotateLeft((h ^ key[i]) * Multiplier, 29);
        return Mix(h);
    }

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        return h ^ (h >> 33);
    }

    private static int Bucket(ulong hash, int buckets) => (int)(((hash >> 32) * (ulong)buckets) >> 32);

    private static int Slot(ulong hash, int seed, int slots) => (int)(((Mix(hash + (ulong)seed * 0xD6E8FEB86659FD93) & 0xFFFF_FFFF) * (ulong)slots) >> 32);

    /// <summary>Collects distinct keys, numbering them in the order first added, then freezes them into a <see cref="NameIndex"/>.</summary>
    /// <remarks>Loading runs once per process, so its loops are compiled optimised at once rather than first as slow tier-0 code.</remarks>
    internal sealed class Builder
    {
        private char[] _chars;
        private int[] _starts;
        private ulong[] _hashes;
        private int _count;
        // Open addressing while building: a cell holds the key's number + 1 (0 when free) under the top half of its hash, so a
        // probe rejects other keys without reading them.
        private ulong[] _table;

        /// <summary>A builder with room for about <paramref name="capacity"/> keys before it grows.</summary>
        public Builder(int capacity)
        {
            capacity = Math.Max(capacity, 16);
            _chars = new char[capacity * 12];
            _starts = new int[capacity + 1];
            _hashes = new ulong[capacity];
            _table = new ulong[(int)BitOperations.RoundUpToPowerOf2((uint)(capacity * 4 / 3))];
        }

        /// <summary>Number of distinct keys added.</summary>
        public int Count => _count;

        /// <summary>Key number <paramref name="number"/>.</summary>
        public ReadOnlySpan<char> Key(int number) => _chars.AsSpan(_starts[number], _starts[number + 1] - _starts[number]);

        /// <summary>The number of <paramref name="key"/>, adding it when new.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Add(ReadOnlySpan<char> key)
        {
            ulong hash = Hash(key);
            ulong tag = hash & 0xFFFF_FFFF_0000_0000;
            int mask = _table.Length - 1;
            int cell = (int)hash & mask;
            for (ulong entry; (entry = _table[cell]) != 0; cell = (cell + 1) & mask)
            {
                int existing = (int)(uint)entry - 1;
                if ((entry & 0xFFFF_FFFF_0000_0000) == tag && Key(existing).SequenceEqual(key)) return existing;
            }
            int number = _count++;
            int start = _starts[number];
            if (start + key.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + key.Length));
            if (_count == _hashes.Length)
            {
                Array.Resize(ref _hashes, _count * 2);
                Array.Resize(ref _starts, _count * 2 + 1);
            }
            key.CopyTo(_chars.AsSpan(start));
            _starts[_count] = start + key.Length;
            _hashes[number] = hash;
            _table[cell] = tag | (uint)_count;
            // Grown past three quarters full, so probes stay short while the table stays small enough to stay mostly in cache.
            if (_count * 4 > _table.Length * 3) Grow();
            return number;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Grow()
        {
            _table = new ulong[_table.Length * 2];
            int mask = _table.Length - 1;
            for (int number = 0; number < _count; number++)
            {
                int cell = (int)_hashes[number] & mask;
                while (_table[cell] != 0) cell = (cell + 1) & mask;
                _table[cell] = (_hashes[number] & 0xFFFF_FFFF_0000_0000) | (uint)(number + 1);
            }
        }

        /// <summary>The perfect hash over every key added; key numbers stay as <see cref="Add"/> returned them.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public NameIndex Build()
        {
            int n = _count;
            int bucketCount = Math.Max(1, n / KeysPerBucket);
            int slotCount = n == 0 ? 0 : (int)(n * SlotsPerKey) + 1;
            var seeds = new int[bucketCount];
            var slots = new ulong[slotCount];
            // Which slots are taken, one bit each: small enough to stay in cache while seeds are tried.
            var taken = new ulong[(slotCount + 63) / 64];

            // Keys grouped by bucket (counting sort), then buckets visited largest first.
            var starts = new int[bucketCount + 1];
            for (int k = 0; k < n; k++) starts[Bucket(_hashes[k], bucketCount) + 1]++;
            int largest = 0;
            for (int b = 0; b < bucketCount; b++)
            {
                largest = Math.Max(largest, starts[b + 1]);
                starts[b + 1] += starts[b];
            }
            var members = new int[n];
            var fill = starts[..^1];
            for (int k = 0; k < n; k++) members[fill[Bucket(_hashes[k], bucketCount)]++] = k;
            // Buckets by size, largest first: a counting sort again.
            var bySize = new int[largest + 2];
            for (int b = 0; b < bucketCount; b++) bySize[largest - (starts[b + 1] - starts[b]) + 1]++;
            for (int i = 0; i <= largest; i++) bySize[i + 1] += bySize[i];
            var order = new int[bucketCount];
            for (int b = 0; b < bucketCount; b++) order[bySize[largest - (starts[b + 1] - starts[b])]++] = b;

            Span<ulong> hashes = largest <= 64 ? stackalloc ulong[64] : new ulong[largest];
            Span<int> trial = largest <= 64 ? stackalloc int[64] : new int[largest];
            foreach (int b in order)
            {
                var keys = members.AsSpan(starts[b], starts[b + 1] - starts[b]);
                if (keys.IsEmpty) break;
                for (int i = 0; i < keys.Length; i++) hashes[i] = _hashes[keys[i]];
                int seed = 0;
                // A bucket needs a handful of seeds; only two keys with one 64-bit hash (odds about 1 in 10^8 here) could run out of them.
                while (!TryPlace(hashes[..keys.Length], seed, taken, slotCount, trial))
                    if (++seed == 1 << 24) throw new InvalidOperationException("two name keys share a 64-bit hash; change NameIndex.Hash");
                seeds[b] = seed;
                for (int i = 0; i < keys.Length; i++)
                {
                    taken[trial[i] >> 6] |= 1UL << trial[i];
                    slots[trial[i]] = hashes[i] << 32 | (uint)(keys[i] + 1);
                }
            }
            return new NameIndex(n, _chars, _starts, seeds, slots);
        }

        private static bool TryPlace(ReadOnlySpan<ulong> hashes, int seed, ulong[] taken, int slotCount, Span<int> trial)
        {
            for (int i = 0; i < hashes.Length; i++)
            {
                int slot = Slot(hashes[i], seed, slotCount);
                if ((taken[slot >> 6] & (1UL << slot)) != 0 || trial[..i].Contains(slot)) return false;
                trial[i] = slot;
            }
            return true;
        }
    }
}
