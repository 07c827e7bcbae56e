"""The adaptive engine of Pix libre: pure algorithms, standard library only, no I/O.

Modules (the domain layer converts content and storage into these types and back):

- ``adaptive.types``: Skill, Challenge, Answer, KnowledgeElement, Estimate, Next, Finished,
  Profile, AnswerStatus, ChallengeType, KnowledgeStatus, KnowledgeSource.
- ``adaptive.answers``: ``examine`` (the examiner pipeline) and ``check`` (type validators).
- ``adaptive.knowledge``: ``elements_for_answer``, ``current``, ``reset``,
  ``improvement_filter``, ``settle``, ``tube_bounds``, the delays.
- ``adaptive.scoring``: pix and levels per competence, mastery rates, stages, badges,
  certifiability.
- ``adaptive.strategies``: ``next_challenge(name, skills, knowledge, challenges, answers,
  seed)`` and the registry (``smart-random-v1``, ``bayes-tube-v1``, ``flash-v1``).
- ``adaptive.irt``: 2PL capacity estimate and certification scoring.
- ``adaptive.playthrough``, ``adaptive.synthetic``, ``adaptive.simulation``: playing whole
  assessments in memory and comparing strategies on simulated learners.
"""
