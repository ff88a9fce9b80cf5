<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactSheet</name>
    <message numerus="yes">
        <source>Lumbar Relief: every exercise's key pose (%n)</source>
        <translation>
            <numerusform>Lumbar Relief: every exercise's key pose (%n)</numerusform>
            <numerusform>Lumbar Relief: every exercise's key pose (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPageBuilder</name>
    <message numerus="yes">
        <source>Left out for you: %n exercise(s) of this routine</source>
        <translation>
            <numerusform>Left out for you: %n exercise of this routine</numerusform>
            <numerusform>Left out for you: %n exercises of this routine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DosageWords</name>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 second(s)</source>
        <translation>
            <numerusform>%1 second</numerusform>
            <numerusform>%1 seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 time(s)</source>
        <translation>
            <numerusform>%1 time</numerusform>
            <numerusform>%1 times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) each</source>
        <comment>10 times, about 5 seconds each</comment>
        <translation>
            <numerusform>%1, about %n second each</numerusform>
            <numerusform>%1, about %n seconds each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) per movement</source>
        <translation>
            <numerusform>About %n second per movement</numerusform>
            <numerusform>About %n seconds per movement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set(s)</source>
        <translation>
            <numerusform>%1 set</numerusform>
            <numerusform>%1 sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseImport</name>
    <message numerus="yes">
        <source>Imported %n exercise(s) into your bank folder, as %1.</source>
        <translation>
            <numerusform>Imported %n exercise into your bank folder, as %1.</numerusform>
            <numerusform>Imported %n exercises into your bank folder, as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be imported; see the details.</source>
        <translation>
            <numerusform>%n entry could not be imported; see the details.</numerusform>
            <numerusform>%n entries could not be imported; see the details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from free-exercise-db.</source>
        <translation>
            <numerusform>Imported %n exercise from free-exercise-db.</numerusform>
            <numerusform>Imported %n exercises from free-exercise-db.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSharing</name>
    <message numerus="yes">
        <source>“%1” has %n problem(s), so nothing was saved. The details list each one with where it is.</source>
        <translation>
            <numerusform>“%1” has %n problem, so nothing was saved. The details list each one with where it is.</numerusform>
            <numerusform>“%1” has %n problems, so nothing was saved. The details list each one with where it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::AccessibleAnnouncer</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n routine file(s) of yours could not be read and were left out: %1</source>
        <translation>
            <numerusform>%n routine file of yours could not be read and was left out: %1</numerusform>
            <numerusform>%n routine files of yours could not be read and were left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerView</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation>
            <numerusform>%n partly done</numerusform>
            <numerusform>%n partly done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation>
            <numerusform>%n not reached</numerusform>
            <numerusform>%n not reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <comment>under the ring's number</comment>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProblemsBanner</name>
    <message numerus="yes">
        <source>%1 now has %n error(s); its last version without errors is still in use until they are fixed.</source>
        <translation>
            <numerusform>%1 now has %n error; its last version without errors is still in use until they are fixed.</numerusform>
            <numerusform>%1 now has %n errors; its last version without errors is still in use until they are fixed.</numerusform>
        </translation>
    </message>
</context>
</TS>
