"""Given names that make the second half of a compound given name, for "sort as" (domain/sort_as.py).

Why a list: a three-word Spanish name reads two ways. "Carlos García Núñez" is a given name and two
surnames; "Juan Carlos Ramírez" is a compound given name and one surname, as many in a US Latino
practice write it. The words alone cannot tell, and a proposal that files Juan Carlos under
"Carlos Ramírez" is confidently wrong (round 39's walker with a Spanish-speaking practice found it
so, and "María José Ortiz", "José Luis Pérez", "Ana María López" the same). What can tell is the
second word: Carlos, José, Luis and María are given names and rarely surnames, while García and
Núñez are surnames and never given names.

SECOND_GIVEN_NAMES are the common second halves of compound given names in Mexico, Central America,
the Caribbean and Spain, as written after "Juan", "José", "María", "Ana", "Luis"; also the names
after "María de la / del / de los" ("María del Carmen", "María de los Ángeles"). A name missing
here is only a proposal not made the better way: the therapist's typed Sort as always wins.

EITHER_NAMES are as often surnames as given names (José Martín Pérez: "Martín Pérez", or José
Martín + Pérez?). Nothing is proposed for them: the chart is filed by its last word, as every
chart was before sort as, until the therapist types what it goes by.

Words are kept folded (domain/name_fold.py): "Maria Jose" is typed without accents as often."""

from __future__ import annotations

from vault_app.domain.name_fold import fold_for_search

SECOND_GIVEN_NAMES = frozenset(fold_for_search(name) for name in (
    # men's
    "Alberto", "Alejandro", "Alfonso", "Andrés", "Ángel", "Antonio", "Armando", "Arturo", "Camilo", "Carlos",
    "César", "Daniel", "David", "Eduardo", "Emilio", "Enrique", "Ernesto", "Felipe", "Fernando",
    "Francisco", "Gabriel", "Gerardo", "Guillermo", "Gustavo", "Ignacio", "Javier", "Jesús", "Joaquín", "Jorge",
    "José", "Juan", "Julián", "Julio", "Luis", "Manuel", "Mario", "Miguel", "Pablo", "Pedro", "Rafael", "Ramón",
    "Raúl", "Ricardo", "Roberto", "Rodrigo", "Sebastián", "Sergio",
    # women's
    "Alejandra", "Ana", "Andrea", "Ángela", "Beatriz", "Camila", "Carmen", "Carolina", "Cecilia", "Clara",
    "Cristina", "Daniela", "Dolores", "Elena", "Elisa", "Esther", "Eugenia", "Eva", "Fernanda", "Gabriela",
    "Guadalupe", "Inés", "Isabel", "Josefina", "Juana", "Julia", "Laura", "Lucía", "Luisa", "Lourdes",
    "Magdalena", "Margarita", "Mariana", "María", "Marta", "Mercedes", "Patricia", "Paula", "Pilar", "Rocío",
    "Rosa", "Rosario", "Sofía", "Soledad", "Teresa", "Valentina", "Victoria", "Virginia", "Yolanda",
    # after "María de la / del / de los"
    "Ángeles", "Consuelo", "Luz", "Refugio", "Socorro", "Asunción", "Concepción", "Mar",
))

# As often a surname (Martín, Marcos, Salvador...) as a given name: no proposal either way.
EITHER_NAMES = frozenset(fold_for_search(name) for name in (
    "Martín", "Marcos", "Lorenzo", "Salvador", "Vicente", "Domingo", "Tomás", "Román", "Santiago", "Benito",
    "Gil", "Simón", "Blas", "Mateo", "Esteban", "Alonso",
))

__all__ = ["EITHER_NAMES", "SECOND_GIVEN_NAMES"]
