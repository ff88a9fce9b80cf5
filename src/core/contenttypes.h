// The entities of a content bank (exercises, symptoms, conditions, care notes, red flags, routines, sources)
// as plain immutable-by-convention values, and the names of their enumerated fields.
#pragma once

#include "figure.h"
#include "localtext.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lumbar {

enum class Category : std::uint8_t { Stretch, Strengthening, NerveMobility, Aerobic, PostureRest };
enum class Position : std::uint8_t {
    LyingOnBack,
    LyingOnFront,
    SideLying,
    AllFours,
    Kneeling,
    Sitting,
    Standing,
    InWater
};
enum class Equipment : std::uint8_t {
    Mat,
    Cushion,
    Pillow,
    Towel,
    Strap,
    Chair,
    Wall,
    StationaryBike,
    Pool,
    SupportiveShoes,
    Mirror
};
enum class Difficulty : std::uint8_t { Easy, Moderate, Hard };
enum class Sides : std::uint8_t { None, Alternate, EachSide };
enum class BodyRegion : std::uint8_t { LowerBack, Buttock, Hip, Thigh, Calf, Foot };
enum class Sensation : std::uint8_t {
    Pain,
    Sharp,
    Burning,
    Shooting,
    Aching,
    Tingling,
    Numbness,
    Weakness,
    Cramping,
    Heaviness,
    Spasm,
    HotCold
};
enum class TreatmentCategory : std::uint8_t { SelfCare, Medicine, ProfessionalCare, Avoid };
enum class Urgency : std::uint8_t { Emergency, Urgent, SeeDoctor };
// Where the reader lives, for the emergency numbers and services the red flags' actions give.
enum class Region : std::uint8_t { UnitedKingdom, Ireland, UnitedStates, Canada, Spain, OtherEu, LatinAmerica, Other };
enum class SourceKind : std::uint8_t {
    Guideline,
    HealthService,
    Hospital,
    Journal,
    University,
    Clinic,
    Commercial,
    Article
};
enum class Authority : std::uint8_t { High, Medium, Low };
// Things drawn with an exercise's figure.
enum class Prop : std::uint8_t { Mat, Cushion, Pillow, Towel, Strap, Chair, Wall, Step, StationaryBike, Water };
// Parts of the figure that can be highlighted as the part being stretched or worked.
enum class FigurePart : std::uint8_t {
    Neck,
    UpperBack,
    LowerBack,
    Buttocks,
    LeftArm,
    RightArm,
    LeftThigh,
    RightThigh,
    LeftLowerLeg,
    RightLowerLeg,
    LeftFoot,
    RightFoot
};
// Arrows drawn on a figure for what a side view cannot show or would not make plain: knees rolling out of the
// picture, the pelvis rocking, the belly drawn in.
enum class CueArrow : std::uint8_t {
    SideToSide, // a turn out of the picture and back (knee rolls)
    Rock, // a small rocking turn in the picture (pelvic tilt)
    In, // pressed or drawn in towards the body (bracing)
    Circle, // round and round (pedalling)
    UpDown // up and down in turn (arching and rounding the back)
};
// Where on the body a cue arrow is drawn.
enum class CuePlace : std::uint8_t { Head, Back, Belly, Pelvis, Knees, Feet, Hands };

// The bank spelling of every enumerator, in declaration order. One table per enum keeps the loader, the
// schema test and the UI labels from disagreeing about a name.
template<class E>
struct EnumNames;

#define LUMBAR_ENUM_NAMES(E, ...)                                                                                      \
    template<>                                                                                                         \
    struct EnumNames<E>                                                                                                \
    {                                                                                                                  \
        static constexpr auto names = std::to_array<std::string_view>({__VA_ARGS__});                                  \
        static constexpr std::string_view what = #E;                                                                   \
    };

LUMBAR_ENUM_NAMES(Category, "stretch", "strengthening", "nerve-mobility", "aerobic", "posture-rest")
LUMBAR_ENUM_NAMES(Position, "lying-on-back", "lying-on-front", "side-lying", "all-fours", "kneeling", "sitting",
    "standing", "in-water")
LUMBAR_ENUM_NAMES(Equipment, "mat", "cushion", "pillow", "towel", "strap", "chair", "wall", "stationary-bike", "pool",
    "supportive-shoes", "mirror")
LUMBAR_ENUM_NAMES(Difficulty, "easy", "moderate", "hard")
LUMBAR_ENUM_NAMES(Sides, "none", "alternate", "each-side")
LUMBAR_ENUM_NAMES(BodyRegion, "lower-back", "buttock", "hip", "thigh", "calf", "foot")
LUMBAR_ENUM_NAMES(Sensation, "pain", "sharp", "burning", "shooting", "aching", "tingling", "numbness", "weakness",
    "cramping", "heaviness", "spasm", "hot-cold")
LUMBAR_ENUM_NAMES(TreatmentCategory, "self-care", "medicine", "professional-care", "avoid")
LUMBAR_ENUM_NAMES(Urgency, "emergency", "urgent", "see-doctor")
LUMBAR_ENUM_NAMES(Region, "uk", "ie", "us", "ca", "es", "eu", "latam", "other")
LUMBAR_ENUM_NAMES(
    SourceKind, "guideline", "health-service", "hospital", "journal", "university", "clinic", "commercial", "article")
LUMBAR_ENUM_NAMES(Authority, "high", "medium", "low")
LUMBAR_ENUM_NAMES(
    Prop, "mat", "cushion", "pillow", "towel", "strap", "chair", "wall", "step", "stationary-bike", "water")
LUMBAR_ENUM_NAMES(FigurePart, "neck", "upper-back", "lower-back", "buttocks", "left-arm", "right-arm", "left-thigh",
    "right-thigh", "left-lower-leg", "right-lower-leg", "left-foot", "right-foot")
LUMBAR_ENUM_NAMES(CueArrow, "side-to-side", "rock", "in", "circle", "up-down")
LUMBAR_ENUM_NAMES(CuePlace, "head", "back", "belly", "pelvis", "knees", "feet", "hands")

#undef LUMBAR_ENUM_NAMES

template<class E>
constexpr std::string_view toString(E value)
{
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

template<class E>
constexpr std::optional<E> enumFromString(std::string_view name)
{
    const auto &names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return static_cast<E>(i);
    return std::nullopt;
}

template<class E>
constexpr std::span<const std::string_view> enumNames()
{
    return EnumNames<E>::names;
}

// A count or time from the bank: a single value or a range with the value the player uses.
struct Range
{
    int min = 0;
    int max = 0;
    int value = 0; // the "default": what is used unless someone says otherwise
    bool isRange() const { return min != max; }
    friend bool operator==(const Range &, const Range &) = default;
};

// Structured dosage. Every field is optional: an exercise states what its sources say and no more.
struct Dosage
{
    std::optional<Range> holdSeconds;
    std::optional<Range> reps;
    std::optional<Range> sets;
    std::optional<Sides> sides;
    std::optional<int> restBetweenRepsSeconds;
    std::optional<int> restBetweenSetsSeconds;
    std::optional<int> tempoSecondsPerRep;
    std::optional<Range> durationMinutes;
    std::optional<Range> timesPerDay;
    std::optional<LocalText> note;

    // This dosage with every field `override` sets taking its place (a routine item over its exercise).
    Dosage overriddenBy(const Dosage &override) const;
    // True when there is nothing to count: no hold, reps or duration. The player waits for the user.
    bool isUntimed() const { return !holdSeconds && !reps && !durationMinutes && !tempoSecondsPerRep; }
    friend bool operator==(const Dosage &, const Dosage &) = default;
};

struct FigureCue
{
    CueArrow arrow = CueArrow::Rock;
    CuePlace at = CuePlace::Pelvis;
    friend bool operator==(const FigureCue &, const FigureCue &) = default;
};

// An exercise's animated figure: what is drawn with it, what it highlights, and how it moves.
struct ExerciseFigure
{
    std::vector<Prop> props;
    std::vector<FigurePart> highlight;
    std::vector<FigureCue> cues;
    FigureMotion motion;
    friend bool operator==(const ExerciseFigure &, const ExerciseFigure &) = default;
};

struct Exercise
{
    std::string id;
    LocalText name;
    std::vector<LocalText> aliases;
    LocalText summary;
    Category category = Category::Stretch;
    Position position = Position::LyingOnBack;
    std::vector<Equipment> equipment;
    Difficulty difficulty = Difficulty::Easy;
    std::vector<LocalText> steps;
    Dosage dosage;
    std::vector<LocalText> cautions;
    std::vector<LocalText> stopRules;
    std::vector<std::string> targetSymptoms;
    std::vector<std::string> targetConditions;
    std::optional<LocalText> benefits;
    std::vector<std::string> related;
    std::string image; // relative to the bank folder it came from, already checked to stay inside it
    std::string imageFolder; // that folder, absolute; empty for the built-in bank
    std::optional<LocalText> notes;
    std::vector<std::string> sources;
    std::optional<ExerciseFigure> figure;
    friend bool operator==(const Exercise &, const Exercise &) = default;
};

struct Symptom
{
    std::string id;
    LocalText name;
    LocalText description;
    std::vector<BodyRegion> bodyRegions;
    std::vector<Sensation> sensations;
    std::vector<std::string> sources;
};

struct ExerciseCaution
{
    std::string exercise;
    LocalText reason;
};

struct Condition
{
    std::string id;
    LocalText name;
    std::vector<LocalText> aliases;
    LocalText summary;
    std::vector<std::string> symptoms;
    std::vector<std::string> suggestedExercises;
    std::vector<ExerciseCaution> modifyOrAvoid;
    std::vector<std::string> careNotes;
    std::optional<LocalText> notes;
    std::vector<std::string> sources;
};

struct Perspective
{
    LocalText label;
    LocalText text;
    std::vector<std::string> sources;
};

struct Treatment
{
    std::string id;
    LocalText title;
    LocalText summary;
    TreatmentCategory category = TreatmentCategory::SelfCare;
    std::vector<LocalText> points;
    std::vector<Perspective> perspectives;
    std::vector<std::string> sources;
};

struct RedFlag
{
    std::string id;
    LocalText question;
    LocalText description;
    Urgency urgency = Urgency::Emergency;
    LocalText action;
    std::vector<std::string> sources;
};

// A region's emergency number and same-day services, as phrases that fill a red flag action's {emergency} and
// {urgent} ("call 112, or go straight to…"): lower case, no full stop.
struct RegionContacts
{
    std::string id; // toString(region)
    Region region = Region::Other;
    LocalText emergency;
    LocalText urgent;
    std::vector<std::string> sources;
};

struct RoutineItem
{
    std::string exercise;
    Dosage dosage; // overrides only; combine with the exercise's own dosage via Dosage::overriddenBy
    std::optional<LocalText> note;
    friend bool operator==(const RoutineItem &, const RoutineItem &) = default;
};

struct Routine
{
    std::string id;
    LocalText name;
    LocalText purpose;
    LocalText audience;
    std::optional<std::string> patient; // the one person a therapist made it for, printed on the handout
    std::vector<RoutineItem> items;
    std::optional<Range> timesPerDay;
    std::optional<LocalText> notes;
    std::vector<std::string> sources;
    friend bool operator==(const Routine &, const Routine &) = default;
};

// What a routine item asks for, as the patient is shown it: the exercise's dosage with the item's changes; the
// routine's own "how often" in place of the exercise's unless the item sets one; and the exercise's dosage note only
// while its numbers are unchanged and the routine is not one patient's prescription (a note explaining numbers the
// therapist has changed would mislead).
Dosage shownDosage(const Exercise &exercise, const RoutineItem &item, const Routine &routine);

struct Source
{
    std::string id;
    std::string title;
    std::string publisher;
    std::string url;
    SourceKind kind = SourceKind::Article;
    Authority authority = Authority::Medium;
    std::optional<LocalText> note;
    std::optional<int> year;
    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace lumbar
