// The item models and the search proxy: QAbstractItemModelTester over each, and the roles views rely on.
#include "testsupport.h"

#include "ui/library/exercisefilterproxy.h"
#include "ui/library/exerciselistmodel.h"
#include "ui/routines/routinelistmodel.h"

#include "core/exerciseindex.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QStringListModel>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace lumbar;
using namespace lumbar::ui;
using namespace lumbar::ui::test;

namespace {

QStringList idsIn(const QAbstractItemModel &model, int role)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(role).toString();
    return ids;
}

// A model that breaks a rule the tester checks: the invalid (root) index has no item flags.
class BrokenModel : public QStringListModel
{
public:
    using QStringListModel::QStringListModel;
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        return QStringListModel::flags(index);
    }
};

} // namespace

TEST(ModelTesterHarness, ReportsABrokenModel)
{
    // Proves the recorder sees the tester's complaints, so the clean results below mean something.
    MessageRecorder recorder;
    BrokenModel model(QStringList{u"a"_s, u"b"_s});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_FALSE(recorder.messages().isEmpty());
}

TEST(ExerciseListModel, PassesTheModelTesterThroughBankChanges)
{
    MessageRecorder recorder;
    ExerciseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setBank(smallBankState().bank);
    EXPECT_EQ(model.rowCount(), 3);
    model.setBank(std::make_shared<const ContentBank>());
    EXPECT_EQ(model.rowCount(), 0);
    model.setBank(smallBankState().bank);
    model.setBank(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST(ExerciseListModel, ExposesTheExerciseThroughRolesAndExerciseAt)
{
    ExerciseListModel model;
    model.setBank(smallBankState().bank);
    const QModelIndex bridge = model.indexOfId(u"bridge"_s);
    ASSERT_TRUE(bridge.isValid());
    EXPECT_EQ(bridge.data(Qt::DisplayRole).toString(), u"Glute bridge"_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::IdRole).toString(), u"bridge"_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::CategoryRole).toString(), u"strengthening"_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::PositionRole).toString(), u"lying-on-back"_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::DifficultyRole).toString(), u"moderate"_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::SummaryRole).toString(), u"Lift your hips to strengthen the buttocks."_s);
    EXPECT_EQ(bridge.data(ExerciseListModel::SubtitleRole).toString(), u"Strengthening · Lying on back · Moderate"_s);
    EXPECT_GT(static_cast<int>(ExerciseListModel::IdRole), static_cast<int>(Qt::UserRole));

    const Exercise *exercise = model.exerciseAt(bridge);
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->id, "bridge");
    EXPECT_EQ(model.exerciseAt(QModelIndex()), nullptr);
    QStringListModel other(QStringList{u"x"_s});
    EXPECT_EQ(model.exerciseAt(other.index(0, 0)), nullptr);
    EXPECT_FALSE(model.indexOfId(u"no-such-exercise"_s).isValid());
    EXPECT_TRUE(model.roleNames().contains(ExerciseListModel::IdRole));
}

TEST(ExerciseFilterProxy, PassesTheModelTesterWhileTheSearchChanges)
{
    MessageRecorder recorder;
    ExerciseListModel model;
    model.setBank(smallBankState().bank);
    ExerciseFilterProxy proxy;
    proxy.setExerciseModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    for (const QString &text : {u"g"_s, u"gl"_s, u"glide"_s, u"zzz"_s, QString(), u"BRIDGE"_s, u"back"_s, QString()})
        proxy.setSearchText(text);
    model.setBank(std::make_shared<const ContentBank>());
    proxy.setSearchText(u"bridge"_s);
    model.setBank(smallBankState().bank);
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), QStringList{u"bridge"_s});
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST(ExerciseFilterProxy, ShowsExactlyTheCoreSearchHitsInRankOrder)
{
    const BankState state = smallBankState();
    ExerciseListModel model;
    model.setBank(state.bank);
    ExerciseFilterProxy proxy;
    proxy.setExerciseModel(&model);
    const ExerciseIndex index(*state.bank);

    for (const QString &query : {QString(), u"glide"_s, u"nerve floss"_s, u"HIP lift"_s, u"all fours"_s, u"your"_s,
             u"back slowly"_s, u"back"_s, u"nothing-like-this"_s}) {
        proxy.setSearchText(query);
        QStringList expected;
        const SearchResult result = index.search(query.toStdString());
        for (const SearchHit &hit : result.hits())
            expected << QString::fromStdString(state.bank->exercises().at(hit.exercise).id);
        EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), expected) << query.toStdString();
    }
    // "back": "Cat-cow" has it in its summary, "Glute bridge" only in a step, so the bank order flips.
    proxy.setSearchText(u"back"_s);
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), (QStringList{u"cat-cow"_s, u"bridge"_s}));

    proxy.setSearchText(u"glide"_s);
    ASSERT_EQ(proxy.rowCount(), 1);
    const Exercise *exercise = proxy.exerciseAt(proxy.index(0, 0));
    ASSERT_NE(exercise, nullptr);
    EXPECT_EQ(exercise->id, "nerve-glide");
    EXPECT_EQ(proxy.searchText(), u"glide"_s);
    EXPECT_EQ(proxy.exerciseAt(model.index(0, 0)), nullptr) << "a source index is not a proxy index";
}

TEST(ExerciseFilterProxy, GivesTheMatchedPartsOfTheNameForHighlighting)
{
    ExerciseListModel model;
    model.setBank(smallBankState().bank);
    ExerciseFilterProxy proxy;
    proxy.setExerciseModel(&model);
    proxy.setSearchText(u"ner gli"_s);
    ASSERT_EQ(proxy.rowCount(), 1);
    const QModelIndex row = proxy.index(0, 0);
    EXPECT_EQ(row.data().toString(), u"Seated nerve glide"_s);
    EXPECT_EQ(row.data(ExerciseFilterProxy::NameHighlightRole).value<QList<int>>(), (QList<int>{7, 10, 13, 16}));

    proxy.setSearchText(u"floss"_s); // an alias: nothing in the name to highlight
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_TRUE(proxy.index(0, 0).data(ExerciseFilterProxy::NameHighlightRole).value<QList<int>>().isEmpty());
}

TEST(ExerciseFilterProxy, AppliesTheFiltersAndPassesTheModelTester)
{
    MessageRecorder recorder;
    ExerciseListModel model;
    model.setBank(smallBankState().bank);
    ExerciseFilterProxy proxy;
    proxy.setExerciseModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    ExerciseFilters filters;
    filters[Facet::Difficulty] = {"easy"};
    proxy.setFilters(filters);
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), (QStringList{u"cat-cow"_s, u"nerve-glide"_s}));
    filters[Facet::Condition] = {"slipped-disc"}; // nerve-glide is suggested by it, bridge targets it
    proxy.setFilters(filters);
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), QStringList{u"nerve-glide"_s});
    EXPECT_EQ(proxy.filters(), filters);
    proxy.setSearchText(u"bridge"_s);
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setFilters({});
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), QStringList{u"bridge"_s});
    model.setBank(nullptr);
    EXPECT_EQ(proxy.rowCount(), 0);
    model.setBank(smallBankState().bank);
    EXPECT_EQ(idsIn(proxy, ExerciseListModel::IdRole), QStringList{u"bridge"_s}) << "the search survives a new bank";
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}

TEST(RoutineListModel, PassesTheModelTesterAndCountsItems)
{
    MessageRecorder recorder;
    RoutineListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setBank(smallBankState().bank);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex morning = model.index(0, 0);
    EXPECT_EQ(morning.data(Qt::DisplayRole).toString(), u"Morning start"_s);
    EXPECT_EQ(morning.data(RoutineListModel::IdRole).toString(), u"morning"_s);
    EXPECT_EQ(morning.data(RoutineListModel::ItemCountRole).toInt(), 2);
    EXPECT_EQ(morning.data(RoutineListModel::PurposeRole).toString(), u"Wake the back up gently."_s);
    EXPECT_EQ(morning.data(RoutineListModel::SubtitleRole).toString(), u"2 exercises · Wake the back up gently."_s);
    EXPECT_EQ(
        model.index(1, 0).data(RoutineListModel::SubtitleRole).toString(), u"1 exercise · Loosen up before bed."_s);
    ASSERT_NE(model.routineAt(morning), nullptr);
    EXPECT_EQ(model.routineAt(morning)->id, "morning");
    model.setBank(std::make_shared<const ContentBank>());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(recorder.messages().isEmpty()) << recorder.messages().join(u'\n').toStdString();
}
