<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BankTerms</name>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aerobic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture &amp; rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lying on front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side lying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cushion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationary bike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supportive shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message numerus="yes">
        <source>Lumbar Relief: every exercise&apos;s key pose (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No figure yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPageBuilder</name>
    <message>
        <source>low authority: supporting detail only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supporting detail only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stop straight away if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Emergency — act now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent — get medical help today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor — book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common symptoms: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises often suggested: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care notes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modify or avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources differ here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms &amp; care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the warning signs first. Then read about the common causes of a pinched nerve and what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs: when to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content bank has no warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content bank has no conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content bank has no care notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and care information for people with a pinched nerve in the lower back (sciatica), and for the physical therapists who treat them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, not diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app explains and guides; it does not diagnose or treat you. Check with your doctor or physical therapist before you start, and get help straight away if you have any of the warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content bank has no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Check these warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked both legs. Symptoms in both legs at once can be a sign of pressure on the nerves that also serve the bladder and bowel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you marked can go with these. Is any of them true for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes, get medical help before any exercise. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer them in the check to see what to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guide suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is education, not a diagnosis. It shows what the app&apos;s sources say about pictures like yours; only a clinician who examines you can say what is causing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, the warning signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not answered all the warning-sign questions yet. They matter more than anything below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to a warning sign. Get medical help as the notice above says before trying any exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the app&apos;s content matches that combination. Try marking where you feel it without a feeling, or a feeling without a place, and read the conditions and care notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked the lower back only. Back pain with nothing in the leg is more often ordinary low back pain than sciatica; the exercises and care notes below still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What commonly causes this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits what you marked: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start gently. Stop any exercise that sends pain further down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 exercises are suggested for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes %1: see “Change or leave out” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care notes that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight away for any warning sign (see the check). Book an appointment if any of these is true:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DosageWords</name>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>once or twice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a day</source>
        <comment>how often: once a day, 3 times a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each side</source>
        <comment>3 times each side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, alternating sides</source>
        <comment>3 times, alternating sides</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) each</source>
        <comment>10 times, about 5 seconds each</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) per movement</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rest %1 s between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1 s between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As long as is comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigurePainter</name>
    <message>
        <source>Lumbar Relief exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LUMBAR RELIEF · HOME EXERCISE PROGRAMME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do each exercise gently and within comfort. Stop any exercise that makes pain spread further down your leg, and tell your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is education, not a diagnosis or a treatment plan on its own. Follow the advice of the clinician who gave it to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency help now if the answer to any of these is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to a doctor today if the answer to any of these is yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is not in the content in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your therapist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: made it worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better: closer to the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse: further down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exercises done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished (the app closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms spread: talk to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>hold %1 s (was %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerText</name>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the steps and get into the starting position. Press Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease into the position slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still and keep breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowly come back out of the stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a smooth, steady rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Next if you finish sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do %1 at your own pace, then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take as long as you need, then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relax and breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First exercise: %1. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise: %1. Get ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get into position, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start moving, nice and steady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go at your own pace, and press Next when you&apos;re done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest before the next set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halfway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. That&apos;s the end of the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after each session (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far down the leg symptoms reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities you find hard (0 cannot do – 10 as before)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>LUMBAR RELIEF · PROGRESS SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the last %1 went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · made on %3 · kept by the patient on their own computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (%1 finished, %2 stopped early, %3 not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak (longest %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions, first week → last week (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before sessions, last week (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest point symptoms reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms reached, first → latest (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain eased by a session, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms spread or new numbness (the app said stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping to the routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine was done in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done of planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities the patient finds hard (Patient-Specific Functional Scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity was rated in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the scores changed by %1 over the period (higher is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises marked as making things worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms spread to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms spread further down the leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new numbness or weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped as making it worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s latest notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the patient in Lumbar Relief: a record to discuss, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no folder for the history on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history was written by a newer version of Lumbar Relief, so this version leaves it untouched and keeps no history. Update the app to see and add to it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read (%1) and could not be moved aside, so it was left as it is and no history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history could not be read (%1). It was moved aside to %2, so nothing in it is lost, and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder for your routines on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>there is no such routine of yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::AboutDialog</name>
    <message>
        <source>About Lumbar Relief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::BodyMap</name>
    <message>
        <source>Body map: where you feel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower leg and calf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot and toes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: %1 (%2). Arrow keys move, Space marks or unmarks. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CarePage</name>
    <message>
        <source>Check for warning signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the warning-sign questions: if any answer is yes, you will see what to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions &amp;&amp; care notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark where you feel it and what it feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs, the common causes of a pinched nerve, and what helps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CheckInPanel</name>
    <message>
        <source>0
no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5
moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10
worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New numbness or weakness in the leg or foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick check-in for your private history, so you and your therapist can see how things change. Leave out anything you like, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you now? Comparing with before the routine shows whether it helps. Leave out anything you like, or skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, from 0 (no pain) to 10 (worst imaginable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or weakness that you did not have before. With it, stop and talk to your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember or tell your therapist (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far down the leg do symptoms reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1: how are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1: how are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::CueAnnouncer</name>
    <message>
        <source>Sound is not available, so cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ExerciseListModel</name>
    <message>
        <source>Marked: talk to your therapist first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FigurePreview</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the figure and show the held position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the movement in a loop, on both sides where it has them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FigureView</name>
    <message>
        <source>Exercise figure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FirstRunNotice</name>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar Relief is for education, not medical advice. It explains sciatica and guides exercises from reputable sources, but it cannot examine you, diagnose you or tell you what is causing your pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with your doctor or physical therapist before you start, and follow their advice where it differs from this app. Stop any exercise that causes severe pain, or pain that spreads further down your leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get medical help straight away, and do not exercise, if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lose feeling between your legs, lose control of your bladder or bowel, or your legs get weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can answer every warning-sign question under Symptoms &amp; care, and read this notice again from the Help menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have read this and will check with your clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::FlagBanner</name>
    <message>
        <source>My therapist says this exercise is right for me now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the mark off this exercise; the history keeps what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 your symptoms spread further down the leg after it, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 your symptoms spread further down the leg after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you had new numbness or weakness after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 you stopped it because it made things worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been marked %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out %1 until you have talked to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms moving further down the leg are a sign that an exercise is not right for you at the moment. Your therapist may change it or give you another. Once they say it is right for you, clear the mark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::GuardNotice</name>
    <message>
        <source>Stop the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and talk to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 and talk to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this routine and talk to your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your symptoms now reach %1; before, they reached %2. Symptoms spreading further down the leg are a sign to stop, not to push on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You noticed new numbness or weakness. That is a sign to stop, not to push on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not do %1 again until your therapist has looked at it. It is marked in your history and in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not do this routine again until your therapist has looked at it. The exercises you did (%1) are marked in your history and in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 999 (UK) or 911 (US), or go to A&amp;E or the emergency room, if you have numbness between your legs or around your bottom, cannot control your bladder or bowels, or both legs are weak. Get advice today (your GP, NHS 111 or your doctor) if numbness or weakness gets worse quickly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::LegExtentPicker</name>
    <message>
        <source>How far down the leg symptoms reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the lowest place your symptoms reach, in either leg. Arrow keys move up and down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your buttock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms reach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::LibraryPage</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only stretches, strengthening, nerve glides, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises done lying, sitting, standing, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises that use what you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only easy, moderate or hard exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises meant to help a symptom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only exercises suggested for a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, other names, summaries and steps (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and show all the exercises the search finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this exercise now, step by step, with its timers and cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this exercise in a routine of your own, new or one you made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine with this exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet.
The content bank has no exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises to a bank folder to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises match these filters.
Choose fewer, or reset the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fewer filters, or press “Reset filters”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises match “%1” with these filters.
Try another word, or reset the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a different word, or press “Reset filters”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises match “%1”.
Try another word, or clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a different word, such as a body part or a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::MainWindow</name>
    <message>
        <source>Lumbar Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms &amp; care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education, not diagnosis — check with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is cleared. Your history still has what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import exercises from free-exercise-db…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import exercises from free-exercise-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-exercise-db files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine someone shared with you, after checking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exercises from the public free-exercise-db collection to your own bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bank folder for &amp;editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your own exercises and routines in a text editor: the app reloads them on every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;history as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every session as a spreadsheet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;summary for your therapist (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptoms &amp;&amp; care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beeps during routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken &amp;cues during routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in before and after routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick note of your pain and how far down the leg you feel it, for your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you &amp;start (safety notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lumbar Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar Relief is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the tray to remind you at the times you chose. Quit from this icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in content with your bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 exercises · %3 routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n routine file(s) of yours could not be read and were left out: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises chosen from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who made it, as agreed with their clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added to “%2”: %3

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” to your routine “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash? You can restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n problem(s), so nothing was saved. The details list each one with where it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved from “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank folder could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s exercises could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the routine “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1: every save reloads the content, and problems show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded your bank folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for an exercise collection (the whole free-exercise-db is about 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises were imported from “%1”: %2.

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) into your bank folder, as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) could not be imported; see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>They come from a general fitness collection: check with your clinician that an exercise suits your back before you try it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s) from free-exercise-db.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerControlBar</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous exercise (Left arrow or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this exercise again from the beginning (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or carry on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start now, finish an open-ended step, or go on to the next exercise (Right arrow or Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 15 seconds to this step (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the routine now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beep when a hold starts, in its last three seconds and at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the cues aloud (&quot;Hold for 20 seconds&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeps on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeps off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerPage</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes it worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise and note it: pain or symptoms are getting worse (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the player full screen on another screen or a projector, with large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises and their dosage for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change the hold, reps and sets for this session only. The routine itself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and show the player full screen, on another screen if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources suggest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 exercise, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped and noted in your history. If it keeps making things worse, leave it out and ask your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? You will see what you have done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine is playing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PlayerView</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start (or Space) to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You finished the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped the routine early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not reached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of it paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PresentationWindow</name>
    <message>
        <source>Lumbar Relief — presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProblemsBanner</name>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bank folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n error(s); its last version without errors is still in use until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has 1 problem, so the built-in content is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 problems, so the built-in content is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use, with 1 warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use, with %2 warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProblemsPanel</name>
    <message>
        <source>Problems in your bank folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in your bank folder: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ProgressPage</name>
    <message>
        <source>once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for your therapist (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptom extent chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session as a spreadsheet file, for you to keep or show your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page: sessions, pain, symptoms, activities and how well the routine was kept to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a session are marked; choose a day to see its sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping to your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities you find hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is off, so there is nothing to show. (It is kept on this computer only.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period yet. Each routine you play appears here with your check-ins, so you and your therapist can see whether things are getting better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain before a session: %1 in the first week, %2 in the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain before a session this week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session eases it by %1 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symptoms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: %1 in a row · longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yesterday or today yet · longest streak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a session are marked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routine done in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 planned sessions (%3%) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your history is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::PsfsPanel</name>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save today&apos;s ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rate three activities at most: stop rating one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name up to three everyday activities your back or leg makes hard, and rate how well you can do each: 0 means you cannot do it at all, 10 as well as before the problem. Rating them again every week or so shows your therapist what has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity, such as putting on socks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the activity typed beside it to the ones you rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well you can do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means you cannot do it at all, 10 as well as before the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rated %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its ratings stay in your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet: add one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the activity first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rate three activities at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”: rate it with the slider and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RedFlagCheckDialog</name>
    <message>
        <source>Signs that need emergency help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to see a doctor about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs to book an appointment for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each question for how you are now. This is not a diagnosis: it tells you when to get medical help before doing any exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderBanner</name>
    <message>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderDialog</name>
    <message>
        <source>Remind me to do my exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times for how often it asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine to be reminded of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 09:00, 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders come from the icon in the system tray while Lumbar Relief runs. Closing the window keeps it running there; choose Quit from the tray icon&apos;s menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders show in the Lumbar Relief window while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day: use hours and minutes, such as 09:00 or 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine to be reminded of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::ReminderTray</name>
    <message>
        <source>Open Lumbar Relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lumbar Relief: reminders for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutineBuilder</name>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Morning stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: printed on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the patient: when to do it, what to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen exercise after the selected one (or drag it across)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the exercise says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternating sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each side in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the patient about this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise in the routine to change its dosage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise&apos;s own %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the routine a title first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one exercise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises chosen for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person it was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine could not be saved: %1

Nothing was changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this routine before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutineListModel</name>
    <message>
        <source>1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::RoutinesPage</name>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a routine of your own, or one for a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this routine (your own routines only; copy a built-in one to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of this routine to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this routine of yours to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play this routine step by step, with timers and cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play it full screen with large type, on a second screen or projector if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine as a sheet to take home (PDF or print), or as a file for another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 routine: a set of exercises to do together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 routines: sets of exercises to do together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content bank has no routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout could not be saved as “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the handout for “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::SoundCues</name>
    <message>
        <source>No sound output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cue sounds could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::SymptomGuidePanel</name>
    <message>
        <source>Any pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp or stabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning or hot nerve pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting, like an electric shock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dull or deep ache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less feeling or no feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles that will not do what you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramp-like tightening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs feel heavy, often when standing or walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles tightening suddenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patches that feel hot or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heaviness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spasm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the warning-sign questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark every place and feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where you feel it; click again to unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Warning signs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Where do you feel it, and what is it like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guide suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to a warning sign and have confirmed you sought care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to a warning sign: get medical help first (see the notice above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No warning signs reported. Check again if anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet. A few yes/no questions about signs that need a doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing marked yet. Click the body, or Tab to it and use the arrow keys and Space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you feel it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the places on the body map and tick what it feels like. The guide then shows the conditions that commonly cause that picture, exercises and routines to try, ones to change or leave out, the care notes that apply and when to see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::UrgentNotice</name>
    <message>
        <source>I have sought medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent care notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that you have got medical help or advice for these signs. The player will then let you start routines again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak to a doctor today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your doctor or physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have said you sought medical advice. Stop any exercise that makes your symptoms worse, and go back to your clinician if anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines stay locked until you confirm that you have sought medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::VoiceCues</name>
    <message>
        <source>No sound output device was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped working (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lumbar::ui::WorseDialog</name>
    <message>
        <source>New numbness or weakness in the leg or foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes it worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will stop here and be noted in your history. Where do your symptoms reach now? Mark it if you can: it shows whether they are spreading down the leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
