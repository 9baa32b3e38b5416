// The demo's random source: xoshiro256** seeded by splitmix64, with integer helpers of its own, so
// that the same seed gives the same data with every compiler and standard library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>

namespace parcours::demo {

inline std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The standard distributions (uniform_int_distribution...) are left aside on purpose: their
// algorithms differ between libstdc++, libc++ and MSVC. Every draw here is plain integer arithmetic.
class DemoRandom {
public:
    // One independent stream per (seed, stream): a participant's data does not depend on how
    // many draws the others took.
    DemoRandom(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t mix = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (std::uint64_t& word : m_state)
            word = splitmix64(mix);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound;
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    std::size_t index(std::size_t size) { return static_cast<std::size_t>(below(size)); }

    // Uniform in [low, high], low <= high.
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low) + 1)); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    // An index drawn with the given integer weights (not all zero).
    std::size_t weighted(std::span<const int> weights)
    {
        std::uint64_t total = 0;
        for (const int w : weights)
            total += static_cast<std::uint64_t>(w);
        std::uint64_t r = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const auto w = static_cast<std::uint64_t>(weights[i]);
            if (r < w)
                return i;
            r -= w;
        }
        return weights.size() - 1;
    }

    std::size_t weighted(std::initializer_list<int> weights)
    {
        return weighted(std::span<const int>(weights.begin(), weights.size()));
    }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[index(N)];
    }

    template <typename Container>
    const auto& pick(const Container& items)
    {
        return items[index(items.size())];
    }

    // `milli / 1000` rounded up or down at random, so that the expected value is exact.
    int roundMilli(std::int64_t milli)
    {
        if (milli <= 0)
            return 0;
        const auto whole = static_cast<int>(milli / 1000);
        return whole + (chance(static_cast<int>(milli % 1000)) ? 1 : 0);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4] = {};
};

} // namespace parcours::demo
