"""Registry.upt looks a unit up by id through an index, as the scan it replaced did."""

from __future__ import annotations

import pytest

from smrt_cli.registry_file import load_registry
from tests.helpers import paths

SAMPLE = paths.SAMPLE


def test_unit_finds_each_unit_and_a_copy_with_other_units_finds_its_own() -> None:
    registry = load_registry(SAMPLE)
    assert [registry.unit(u.id) for u in registry.upts] == registry.upts
    assert all(registry.unit(u.id) is u for u in registry.upts)
    fewer = registry.model_copy(update={"upts": registry.upts[:1]})
    assert fewer.unit(registry.upts[0].id) is registry.upts[0]
    with pytest.raises(KeyError, match=registry.upts[1].id):
        fewer.unit(registry.upts[1].id)
    renamed = registry.upts[0].model_copy(update={"name": "Lain"})
    other = registry.model_copy(update={"upts": [renamed, *registry.upts[1:]]})
    assert other.unit(renamed.id) is renamed
    # the index is not a field: equality, dumps and copies of the registry are unchanged by it
    assert registry == load_registry(SAMPLE)
    assert "_unit_index" not in registry.model_dump_json()
