// The demo's participants and référent.e.s.
#include "demo/DemoPeople.h"

#include "demo/DemoCatalog.h"
#include "demo/FrenchNames.h"

#include <cstdio>
#include <unordered_set>

namespace parcours::demo {

namespace {

constexpr std::string_view kMailDomains[] = {
    "gmail.com", "orange.fr", "laposte.net", "free.fr", "hotmail.fr", "yahoo.fr", "outlook.fr", "sfr.fr", "wanadoo.fr",
};

std::string_view firstNameFor(DemoRandom& rng, Sex sex)
{
    switch (sex) {
    case Sex::F: return rng.pick(femaleFirstNames());
    case Sex::M: return rng.pick(maleFirstNames());
    case Sex::X: break;
    }
    return rng.pick(epiceneFirstNames());
}

std::string lastNameFor(DemoRandom& rng)
{
    std::string name(rng.pick(lastNames()));
    // Some people carry two family names joined by a hyphen (Müller-Durand).
    if (rng.chance(60)) {
        const std::string_view second = rng.pick(lastNames());
        if (second != name)
            name.append("-").append(second);
    }
    return name;
}

std::string twoDigits(DemoRandom& rng)
{
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02d", rng.between(0, 99));
    return buffer;
}

std::string phoneNumber(DemoRandom& rng)
{
    std::string phone = rng.chance(550) ? "06" : "07";
    for (int pair = 0; pair < 4; ++pair)
        phone.append(" ").append(twoDigits(rng));
    return phone;
}

std::string emailFor(DemoRandom& rng, const Participant& person)
{
    const std::string first = asciiLetters(person.firstName);
    const std::string last = asciiLetters(person.lastName);
    std::string local;
    switch (rng.weighted({55, 15, 15, 15})) {
    case 0: local = first + "." + last; break;
    case 1: local = first.substr(0, 1) + last; break;
    case 2: local = first + "-" + last; break;
    default: local = last + "." + first; break;
    }
    if (rng.chance(300))
        local += rng.chance(500) ? std::to_string(static_cast<int>(person.birthDate.year())) : twoDigits(rng);
    return local + "@" + std::string(rng.pick(kMailDomains));
}

// A permutation of [0, 2^24): xorshifts and odd multiplications are each one-to-one.
std::uint64_t scramble24(std::uint64_t x)
{
    constexpr std::uint64_t mask = 0xFFFFFF;
    x &= mask;
    x ^= x >> 12;
    x = (x * 0x9E3B5) & mask;
    x ^= x >> 11;
    x = (x * 0x5A3C7) & mask;
    x ^= x >> 13;
    return x;
}

// Seven digits and a letter, unique per person up to ten million people: walking the cycles of
// scramble24 until back under 10^7 makes a permutation of [0, 10^7) that does not look sequential.
std::string franceTravailId(DemoRandom& rng, std::uint64_t number)
{
    constexpr std::uint64_t range = 10000000;
    std::uint64_t digits = number % range;
    do {
        digits = scramble24(digits);
    } while (digits >= range);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%07llu%c", static_cast<unsigned long long>(digits),
                  static_cast<char>('A' + rng.below(26)));
    return buffer;
}

} // namespace

Sex drawSex(DemoRandom& rng)
{
    switch (rng.weighted({530, 465, 5})) {
    case 0: return Sex::F;
    case 1: return Sex::M;
    default: return Sex::X;
    }
}

int drawAgeAtEntry(DemoRandom& rng)
{
    switch (rng.weighted({100, 590, 310})) {
    case 0:
        // Few are 16 or 17: the Missions locales follow most of the young.
        return rng.chance(60) ? rng.between(16, 17) : rng.between(18, 25);
    case 1: return rng.between(26, 44);
    default:
        switch (rng.weighted({60, 30, 9, 1})) {
        case 0: return rng.between(45, 54);
        case 1: return rng.between(55, 59);
        case 2: return rng.between(60, 64);
        default: return rng.between(65, 72);
        }
    }
}

Date birthDateFor(DemoRandom& rng, int age, const Date& entry)
{
    // Born between the day after the (age + 1)th birthday's date and the age-th one, counted back.
    const Date latest = addMonthsClamped(entry, -12 * age);
    const Date earliest = addMonthsClamped(entry, -12 * (age + 1)) + boost::gregorian::days(1);
    const auto span = (latest - earliest).days();
    const Date birth = earliest + boost::gregorian::days(rng.between(0, static_cast<int>(span)));
    // A 29 February birthday is a day late in other years: that one day may be a year short.
    return ageAt(birth, entry) == age ? birth : latest;
}

Participant makeParticipant(DemoRandom& rng, std::uint64_t number, Sex sex, const Date& birth)
{
    Participant person;
    person.sex = sex;
    person.birthDate = birth;
    person.lastName = lastNameFor(rng);
    person.firstName = std::string(firstNameFor(rng, sex));

    const auto allPlaces = places();
    std::vector<int> weights;
    weights.reserve(allPlaces.size());
    for (const Place& place : allPlaces)
        weights.push_back(place.weight);
    const Place& place = allPlaces[rng.weighted(weights)];
    person.postcode = std::string(place.postcode);
    person.city = std::string(place.city);
    person.qpv = rng.chance(place.qpvPerMille);

    if (rng.chance(930))
        person.phone = phoneNumber(rng);
    if (rng.chance(760))
        person.email = emailFor(rng, person);
    if (rng.chance(850))
        person.franceTravailId = franceTravailId(rng, number);
    return person;
}

std::vector<std::string> makeReferentNames(DemoRandom& rng, std::size_t count)
{
    std::vector<std::string> names;
    std::unordered_set<std::string> taken;
    names.reserve(count);
    while (names.size() < count) {
        const Sex sex = rng.chance(780) ? Sex::F : Sex::M;
        std::string name = std::string(firstNameFor(rng, sex)) + " " + lastNameFor(rng);
        if (taken.insert(name).second)
            names.push_back(std::move(name));
    }
    return names;
}

} // namespace parcours::demo
