"""Clinical words the general word lists lack, so a mental status exam is not a sea of red.

Kept as data beside the checker; the therapist's own additions go to the personal
dictionary in the vault instead. Lower case; checked case-insensitively.
"""

from __future__ import annotations

_TERMS = """
euthymic dysthymic dysphoric dysphoria anhedonia anhedonic alogia avolition abulia akathisia
psychomotor hypomania hypomanic cyclothymia cyclothymic euthymia derealization depersonalization
dissociative dissociation hypervigilance hypervigilant hyperarousal ruminative rumination
tangential tangentiality circumstantial circumstantiality perseveration perseverative
logorrhea neologisms echolalia clanging flight ideation ideations homicidal suicidality
parasuicidal nonsuicidal selfharm psychoeducation psychoeducational psychodynamic psychotherapeutic
psychotherapeutically psychosocial biopsychosocial neurocognitive neurodevelopmental
neurodivergent neurotypical trauma-focused somatization somatic somatoform interoceptive
mentalization mentalizing dialectical emdr cbt dbt act ifs mbct tf-cbt cpt pe
sertraline fluoxetine paroxetine citalopram escitalopram fluvoxamine venlafaxine desvenlafaxine
duloxetine bupropion mirtazapine trazodone vortioxetine vilazodone amitriptyline nortriptyline
clomipramine imipramine lithium lamotrigine valproate divalproex carbamazepine oxcarbazepine
quetiapine olanzapine risperidone aripiprazole brexpiprazole cariprazine lurasidone ziprasidone
clozapine haloperidol lorazepam clonazepam alprazolam diazepam buspirone hydroxyzine propranolol
prazosin clonidine guanfacine atomoxetine methylphenidate lisdexamfetamine amphetamine
dextroamphetamine naltrexone buprenorphine methadone acamprosate disulfiram zolpidem melatonin
ssri ssris snri snris maoi maois
telehealth teletherapy intake biopsychosocial safety-plan collateral superbill copay copays
"""

CLINICAL_EN: frozenset[str] = frozenset(_TERMS.split())
