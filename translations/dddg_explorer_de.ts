<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>bundled model</source>
        <translation>mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>the dddg command line was not found beside the explorer or on PATH (set DDDG_CLI)</source>
        <translation>das Kommandozeilenprogramm dddg wurde weder neben dem Explorer noch im PATH gefunden (DDDG_CLI setzen)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>%1, %2 processes, global batch %3</source>
        <translation>%1, %2 Prozesse, globaler Batch %3</translation>
    </message>
    <message>
        <source>stopped at cycle %1; checkpoint saved</source>
        <translation>gestoppt bei Zyklus %1; Checkpoint gespeichert</translation>
    </message>
    <message>
        <source>dddg train ended with code %1</source>
        <translation>dddg train endete mit Code %1</translation>
    </message>
</context>
<context>
    <name>dddg::ChannelHistogram</name>
    <message>
        <source>Histogram of the visible region</source>
        <translation>Histogramm des sichtbaren Bereichs</translation>
    </message>
    <message>
        <source>%1  mean %2 · min %3 · max %4</source>
        <translation>%1  Mittel %2 · Min %3 · Max %4</translation>
    </message>
</context>
<context>
    <name>dddg::ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>T-Shirt/Top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
</context>
<context>
    <name>dddg::CompareCanvas</name>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>(%1, %2) |Δ| %3</source>
        <translation>(%1, %2) |Δ| %3</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>mean |Δ| %1 (scale 0–%2)</source>
        <translation>mittleres |Δ| %1 (Skala 0–%2)</translation>
    </message>
    <message>
        <source>Choose an image and a degradation, tick methods and press Run (Ctrl+R)</source>
        <translation>Bild und Degradation wählen, Methoden ankreuzen und „Ausführen“ drücken (Strg+R)</translation>
    </message>
    <message>
        <source>|tile − clean|, 0–255</source>
        <translation>|Kachel − sauber|, 0–255</translation>
    </message>
    <message>
        <source>(%1, %2) = %3, %4, %5</source>
        <translation>(%1, %2) = %3, %4, %5</translation>
    </message>
    <message>
        <source>(%1, %2) %3 = %4</source>
        <translation>(%1, %2) %3 = %4</translation>
    </message>
</context>
<context>
    <name>dddg::CompareControls</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Index of the test image</source>
        <translation>Index des Testbilds</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Pick a test image from thumbnails (Ctrl+D)</source>
        <translation>Testbild aus Vorschaubildern wählen (Strg+D)</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>Testbild</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>A PNG, JPEG or BMP of any size, colour or grey (or drop one on the grid)</source>
        <translation>Ein PNG, JPEG oder BMP beliebiger Größe, farbig oder grau (oder eines auf das Raster ziehen)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Use the image on the clipboard (Ctrl+Shift+V)</source>
        <translation>Bild aus der Zwischenablage verwenden (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Degradation</source>
        <translation>Degradation</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>Gaußsches Rauschen</translation>
    </message>
    <message>
        <source>Blur (reduce_info)</source>
        <translation>Unschärfe (reduce_info)</translation>
    </message>
    <message>
        <source>Pool (reduce_info)</source>
        <translation>Pooling (reduce_info)</translation>
    </message>
    <message>
        <source>Noise std on the 0–255 scale</source>
        <translation>Standardabweichung des Rauschens auf der Skala 0–255</translation>
    </message>
    <message>
        <source>Level t of reduce_info, 1 ≤ t &lt; t_max = %1</source>
        <translation>Stufe t von reduce_info, 1 ≤ t &lt; t_max = %1</translation>
    </message>
    <message>
        <source>Seed of the noise and of the methods&apos; own randomness</source>
        <translation>Seed des Rauschens und des Zufalls der Methoden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degradiert</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Batch of</source>
        <translation>Stapel aus</translation>
    </message>
    <message>
        <source>Run on the first N test images and show the mean table (as dddg compare --n N)</source>
        <translation>Auf den ersten N Testbildern ausführen und die Mittelwerttabelle zeigen (wie dddg compare --n N)</translation>
    </message>
    <message>
        <source>Deep Image Prior&apos;s iteration budget (its early stop)</source>
        <translation>Iterationsbudget von Deep Image Prior (sein früher Abbruch)</translation>
    </message>
    <message>
        <source>DIP iterations</source>
        <translation>DIP-Iterationen</translation>
    </message>
    <message>
        <source>Run the ticked methods (Ctrl+R)</source>
        <translation>Angekreuzte Methoden ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop every method (Esc)</source>
        <translation>Alle Methoden anhalten (Esc)</translation>
    </message>
    <message>
        <source>PSNR %1 dB · SSIM %2</source>
        <translation>PSNR %1 dB · SSIM %2</translation>
    </message>
    <message>
        <source>%1 · %2 NFE · %3%4</source>
        <translation>%1 · %2 NFE · %3%4</translation>
    </message>
    <message>
        <source>~</source>
        <translation>~</translation>
    </message>
    <message>
        <source>%1 per image, measured in this session</source>
        <translation>%1 pro Bild, in dieser Sitzung gemessen</translation>
    </message>
    <message>
        <source>about %1 per image (estimated from the NFE)</source>
        <translation>etwa %1 pro Bild (aus der NFE geschätzt)</translation>
    </message>
    <message>
        <source>%1 · unavailable</source>
        <translation>%1 · nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) ticked · about %1</source>
        <translation>
            <numerusform>%n Methode angekreuzt · etwa %1</numerusform>
            <numerusform>%n Methoden angekreuzt · etwa %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: wartet</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>At its own size and colour</source>
        <translation>In eigener Größe und Farbe</translation>
    </message>
    <message>
        <source>A file or pasted picture as it is (filters whole, networks in blended tiles, DIP at its working scale, DDDG on a letterboxed copy); unticked, it is brought to the models&apos; frame</source>
        <translation>Eine Datei oder ein eingefügtes Bild, wie es ist (Filter auf dem ganzen Bild, Netze in überblendeten Kacheln, DIP in seinem Arbeitsmaßstab, DDDG auf einer Kopie mit Balken); ohne Haken wird es in das Format der Modelle gebracht</translation>
    </message>
    <message>
        <source>Super-resolution</source>
        <translation>Superauflösung</translation>
    </message>
    <message>
        <source>Inpainting (fading hole or drawn mask)</source>
        <translation>Inpainting (verblassendes Loch oder gezeichnete Maske)</translation>
    </message>
    <message>
        <source>Super-resolution factor: area down, nearest up</source>
        <translation>Faktor der Superauflösung: Flächenmittel hinunter, nächster Nachbar hinauf</translation>
    </message>
    <message>
        <source>Measurement noise σ_y on the 0–255 scale, added after the operator</source>
        <translation>Messrauschen σ_y auf der Skala 0–255, nach dem Operator addiert</translation>
    </message>
    <message>
        <source>8-bit</source>
        <translation>8 Bit</translation>
    </message>
    <message>
        <source>Round the measurement to 8 bits, as a saved file would be</source>
        <translation>Die Messung auf 8 Bit runden, wie eine gespeicherte Datei</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>σ_y</source>
        <translation>σ_y</translation>
    </message>
    <message>
        <source>Step of Cold Diffusion&apos;s fading schedule, 1 … %1: the hole grows with it</source>
        <translation>Schritt des Verblassens von Cold Diffusion, 1 … %1: das Loch wächst mit ihm</translation>
    </message>
</context>
<context>
    <name>dddg::CompareView</name>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>Vergleich fertig</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the images to their tiles (F)</source>
        <translation>Bilder in ihre Kacheln einpassen (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>One screen pixel per image pixel (1)</source>
        <translation>Ein Bildschirmpixel pro Bildpixel (1)</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Compare two tiles with a divider you drag (W)</source>
        <translation>Zwei Kacheln mit einem verschiebbaren Teiler vergleichen (W)</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Swap the wipe&apos;s two sides (S)</source>
        <translation>Die beiden Seiten des Wischvergleichs tauschen (S)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>|result − clean| in false colour, with its scale and mean (D)</source>
        <translation>|Ergebnis − sauber| in Falschfarben, mit Skala und Mittelwert (D)</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Flackern</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Alternate every tile with the clean reference twice a second (X)</source>
        <translation>Jede Kachel zweimal pro Sekunde mit der sauberen Referenz abwechseln (X)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Scrub the intermediate states of iterative methods ([ and ])</source>
        <translation>Durch die Zwischenzustände iterativer Methoden blättern ([ und ])</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>DDDG ▸ Latents</source>
        <translation>DDDG ▸ Latente</translation>
    </message>
    <message>
        <source>Invert this input with DDDG in the latent view (or double-click a DDDG tile)</source>
        <translation>Diese Eingabe mit DDDG in der Latent-Ansicht invertieren (oder eine DDDG-Kachel doppelklicken)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>degraded input</source>
        <translation>degradierte Eingabe</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2
the floor</source>
        <translation>PSNR %1 · SSIM %2
die Untergrenze</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2
%3 NFE · %4 s</source>
        <translation>PSNR %1 · SSIM %2
%3 NFE · %4 s</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>choose an input image first</source>
        <translation>zuerst ein Eingabebild wählen</translation>
    </message>
    <message>
        <source>tick at least one method</source>
        <translation>mindestens eine Methode ankreuzen</translation>
    </message>
    <message>
        <source>Table: mean of test images 0…%1 (as dddg compare --n %2); tiles: image 0</source>
        <translation>Tabelle: Mittel der Testbilder 0…%1 (wie dddg compare --n %2); Kacheln: Bild 0</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>there is no comparison to export yet</source>
        <translation>es gibt noch keinen Vergleich zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>there is no table to export yet</source>
        <translation>es gibt noch keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>abgelegtes Bild</translation>
    </message>
    <message>
        <source>%1 test images 0…%2</source>
        <translation>%1 Testbilder 0…%2</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2</source>
        <translation>PSNR %1 · SSIM %2</translation>
    </message>
    <message>
        <source>below the degraded input</source>
        <translation>unter der gestörten Eingabe</translation>
    </message>
    <message>
        <source>%1 no longer exists; choose an input, then Run</source>
        <translation>%1 existiert nicht mehr; Eingabe wählen, dann Ausführen</translation>
    </message>
    <message>
        <source>the session holds no readable pasted image; choose an input, then Run</source>
        <translation>die Sitzung enthält kein lesbares eingefügtes Bild; Eingabe wählen, dann Ausführen</translation>
    </message>
    <message>
        <source>the tile %1 has no picture to save</source>
        <translation>die Kachel %1 hat kein Bild zum Speichern</translation>
    </message>
    <message>
        <source>%1 is the input image: choose another name</source>
        <translation>%1 ist das Eingabebild: anderen Namen wählen</translation>
    </message>
    <message>
        <source>cannot write %1 (use .png, .jpg, .bmp or .tif)</source>
        <translation>%1 kann nicht geschrieben werden (.png, .jpg, .bmp oder .tif verwenden)</translation>
    </message>
    <message>
        <source>Save %1 as image…</source>
        <translation>%1 als Bild speichern…</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp *.tif)</source>
        <translation>Bilder (*.png *.jpg *.bmp *.tif)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 · %2 · x %3–%4, y %5–%6</source>
        <translation>%1 · %2 · x %3–%4, y %5–%6</translation>
    </message>
    <message>
        <source>luma</source>
        <translation>Luma</translation>
    </message>
    <message>
        <source>Show every tile in colour, one channel as grey, or luma (C cycles)</source>
        <translation>Jede Kachel in Farbe, einen Kanal als Grau oder Luma zeigen (C wechselt)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Draw mask</source>
        <translation>Maske zeichnen</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Paint the pixels to inpaint with the mouse (M); Shift+drag erases, Ctrl+Z undoes a stroke</source>
        <translation>Die zu füllenden Pixel mit der Maus malen (M); Umschalt+Ziehen radiert, Strg+Z nimmt einen Strich zurück</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Maske löschen</translation>
    </message>
    <message>
        <source>Remove the drawn mask (Ctrl+Z brings it back)</source>
        <translation>Die gezeichnete Maske entfernen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Undo mask stroke</source>
        <translation>Maskenstrich rückgängig</translation>
    </message>
</context>
<context>
    <name>dddg::ComparisonTableModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>NFE</source>
        <translation>NFE</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Model / note</source>
        <translation>Modell / Hinweis</translation>
    </message>
</context>
<context>
    <name>dddg::ComparisonWorker</name>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Prepare input</source>
        <translation>Eingabe vorbereiten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>dddg::DatasetPicker</name>
    <message>
        <source>Pick an image from %1 (test split)</source>
        <translation>Bild aus %1 wählen (Test-Split)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>images %1–%2 of %3</source>
        <translation>Bilder %1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>dddg::ExplorerEngine</name>
    <message>
        <source>Open checkpoint</source>
        <translation>Checkpoint öffnen</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Use image</source>
        <translation>Bild verwenden</translation>
    </message>
    <message>
        <source>Dataset thumbnails</source>
        <translation>Datensatz-Vorschaubilder</translation>
    </message>
    <message>
        <source>Sample trajectories</source>
        <translation>Trajektorien samplen</translation>
    </message>
    <message>
        <source>Branch trajectory</source>
        <translation>Trajektorie verzweigen</translation>
    </message>
    <message>
        <source>Render latent code</source>
        <translation>Latenten Code rendern</translation>
    </message>
    <message>
        <source>Invert image</source>
        <translation>Bild invertieren</translation>
    </message>
    <message>
        <source>Save latent code</source>
        <translation>Latenten Code speichern</translation>
    </message>
    <message>
        <source>Open latent code</source>
        <translation>Latenten Code öffnen</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>Video exportieren</translation>
    </message>
</context>
<context>
    <name>dddg::LatentView</name>
    <message>
        <source>PSNR/SSIM of each step against the real image appear once one is chosen.</source>
        <translation>PSNR/SSIM jedes Schritts gegenüber dem echten Bild erscheinen, sobald eines gewählt ist.</translation>
    </message>
    <message>
        <source>The latent inspector needs OpenGL, which this display does not offer.
Slots, interpolation, inversion and undo work as usual.</source>
        <translation>Der Latent-Inspektor benötigt OpenGL, das diese Anzeige nicht bietet.
Slots, Interpolation, Inversion und Rückgängig funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>Real image</source>
        <translation>Echtes Bild</translation>
    </message>
    <message>
        <source>Drop an image here, or pick one from the dataset</source>
        <translation>Bild hier ablegen oder aus dem Datensatz wählen</translation>
    </message>
    <message>
        <source>Pick from dataset…</source>
        <translation>Aus Datensatz wählen…</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>Inversion</translation>
    </message>
    <message>
        <source>Encoder (Algorithm 3)</source>
        <translation>Encoder (Algorithmus 3)</translation>
    </message>
    <message>
        <source>Encoder + step-wise refinement</source>
        <translation>Encoder + schrittweise Verfeinerung</translation>
    </message>
    <message>
        <source>z_t = D_enc(reduce_info(x, t+1), t+1) for every t: one pass</source>
        <translation>z_t = D_enc(reduce_info(x, t+1), t+1) für jedes t: ein Durchlauf</translation>
    </message>
    <message>
        <source>Then optimise each z_t in turn so that x&apos;_{t+1} matches reduce_info(x, t+1)</source>
        <translation>Danach jedes z_t der Reihe nach optimieren, sodass x&apos;_{t+1} zu reduce_info(x, t+1) passt</translation>
    </message>
    <message>
        <source> steps per t</source>
        <translation> Schritte pro t</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>refining %v / %m</source>
        <translation>Verfeinerung %v / %m</translation>
    </message>
    <message>
        <source>Code and slots</source>
        <translation>Code und Slots</translation>
    </message>
    <message>
        <source>Class of the code (class-conditional models)</source>
        <translation>Klasse des Codes (klassenkonditionierte Modelle)</translation>
    </message>
    <message>
        <source>Random code</source>
        <translation>Zufälliger Code</translation>
    </message>
    <message>
        <source>Show in timeline</source>
        <translation>In Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Pin → %1</source>
        <translation>Anheften → %1</translation>
    </message>
    <message>
        <source>Store the current code in slot %1</source>
        <translation>Aktuellen Code in Slot %1 speichern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Make slot %1&apos;s code the current code</source>
        <translation>Code aus Slot %1 zum aktuellen Code machen</translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation>Slot bearbeiten</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>Klasse ändern</translation>
    </message>
    <message>
        <source>Interpolate A → B</source>
        <translation>A → B interpolieren</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>sphärisch</translation>
    </message>
    <message>
        <source>Ticked steps move towards B; unticked ones keep A&apos;s z_t (per-step mixing).</source>
        <translation>Angehakte Schritte bewegen sich Richtung B; nicht angehakte behalten das z_t von A (schrittweises Mischen).</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>unkonditioniert</translation>
    </message>
    <message>
        <source>Interpolate z_%1 (else keep slot A&apos;s)</source>
        <translation>z_%1 interpolieren (sonst das von Slot A behalten)</translation>
    </message>
    <message>
        <source>That latent code does not fit this model (t_max %1, d_z %2)</source>
        <translation>Dieser latente Code passt nicht zu diesem Modell (t_max %1, d_z %2)</translation>
    </message>
    <message>
        <source>real x_t</source>
        <translation>echtes x_t</translation>
    </message>
    <message>
        <source>code x&apos;_t</source>
        <translation>Code x&apos;_t</translation>
    </message>
    <message>
        <source>inverting…</source>
        <translation>Inversion läuft…</translation>
    </message>
    <message>
        <source>encoder: PSNR %1 dB, SSIM %2</source>
        <translation>Encoder: PSNR %1 dB, SSIM %2</translation>
    </message>
    <message>
        <source>
refined (%1 steps per t%2): PSNR %3 dB, SSIM %4</source>
        <translation>
verfeinert (%1 Schritte pro t%2): PSNR %3 dB, SSIM %4</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, abgebrochen</translation>
    </message>
    <message>
        <source>
%1 s</source>
        <translation>
%1 s</translation>
    </message>
    <message>
        <source>Invert %1</source>
        <translation>%1 invertieren</translation>
    </message>
    <message>
        <source>Pin codes to both slots A and B to interpolate</source>
        <translation>Zum Interpolieren Codes in beiden Slots A und B anheften</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
</context>
<context>
    <name>dddg::MainWindow</name>
    <message>
        <source>Training curves as CSV…</source>
        <translation>Trainingskurven als CSV…</translation>
    </message>
    <message>
        <source>Export training curves</source>
        <translation>Trainingskurven exportieren</translation>
    </message>
    <message>
        <source>this view cannot export that</source>
        <translation>diese Ansicht kann das nicht exportieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.pgm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DDDG Explorer</source>
        <translation>DDDG Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Latents &amp;&amp; inversion</source>
        <translation>Latente &amp;&amp; Inversion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open checkpoint…</source>
        <translation>&amp;Checkpoint öffnen…</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>Checkpoint öffnen</translation>
    </message>
    <message>
        <source>DDDG checkpoints (*.ckpt);;All files (*)</source>
        <translation>DDDG-Checkpoints (*.ckpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;bundled model</source>
        <translation>&amp;Mitgeliefertes Modell öffnen</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>B&amp;ild öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Pick image from &amp;dataset…</source>
        <translation>Bild aus &amp;Datensatz wählen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Bildordner…</translation>
    </message>
    <message>
        <source>Open image folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <source>Open latent code…</source>
        <translation>Latenten Code öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save latent code…</source>
        <translation>Latenten Code &amp;speichern…</translation>
    </message>
    <message>
        <source>Open exported &amp;session…</source>
        <translation>Exportierte Si&amp;tzung öffnen…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Sessions (*.session.json);;Exports (*.png *.mp4 *.pt)</source>
        <translation>Sitzungen (*.session.json);;Exporte (*.png *.mp4 *.pt)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Current view as PNG…</source>
        <translation>Aktuelle Ansicht als PNG…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Trajectory as PNG strip…</source>
        <translation>Trajektorie als PNG-Streifen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Trajectory as MP4 video…</source>
        <translation>Trajektorie als MP4-Video…</translation>
    </message>
    <message>
        <source>Latent code…</source>
        <translation>Latenter Code…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo latent edit</source>
        <translation>Latente Bearbeitung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo latent edit</source>
        <translation>Latente Bearbeitung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About DDDG Explorer</source>
        <translation>Über DDDG Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;DDDG Explorer %1&lt;/b&gt;&lt;p&gt;Deterministic Degradation Diffusion GAN: step through every timestep of degradation and generation, invert images, edit latent codes and watch training.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch engine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DDDG Explorer %1&lt;/b&gt;&lt;p&gt;Deterministic Degradation Diffusion GAN: jeden Zeitschritt von Degradation und Generierung einzeln durchgehen, Bilder invertieren, latente Codes bearbeiten und das Training verfolgen.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch-Engine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation>, %1 Klassen</translation>
    </message>
    <message>
        <source>%1 · step %2 · t_max %3 · d_z %4 · %5 k parameters%6</source>
        <translation>%1 · Schritt %2 · t_max %3 · d_z %4 · %5 k Parameter%6</translation>
    </message>
    <message>
        <source>%1
hash %2
degradation %3</source>
        <translation>%1
Hash %2
Degradation %3</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Bundled model</source>
        <translation>Mitgeliefertes Modell</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n latent code(s) from %1</source>
        <translation>
            <numerusform>%n latenten Code aus %1 geöffnet</numerusform>
            <numerusform>%n latente Codes aus %1 geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved latent code to %1</source>
        <translation>Latenten Code in %1 gespeichert</translation>
    </message>
    <message>
        <source>Wrote video %1</source>
        <translation>Video %1 geschrieben</translation>
    </message>
    <message>
        <source>From timeline</source>
        <translation>Aus der Zeitleiste</translation>
    </message>
    <message>
        <source>DDDG Explorer — %1</source>
        <translation>DDDG Explorer — %1</translation>
    </message>
    <message>
        <source>Loaded %1: t_max %2, d_z %3, trained for %4 cycles</source>
        <translation>%1 geladen: t_max %2, d_z %3, %4 Zyklen trainiert</translation>
    </message>
    <message>
        <source>; encoder tuned for %1 steps</source>
        <translation>; Encoder %1 Schritte nachtrainiert</translation>
    </message>
    <message>
        <source>Pick image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>no dataset is loaded</source>
        <translation>es ist kein Datensatz geladen</translation>
    </message>
    <message>
        <source>the session&apos;s checkpoint %1 is missing; open it by hand, then the session again</source>
        <translation>der Checkpoint %1 der Sitzung fehlt; öffnen Sie ihn von Hand und dann erneut die Sitzung</translation>
    </message>
    <message>
        <source>the checkpoint changed since this export (hash %1, now %2); showing it anyway</source>
        <translation>der Checkpoint hat sich seit diesem Export geändert (Hash %1, jetzt %2); wird trotzdem angezeigt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>Ansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1 und %2 gespeichert</translation>
    </message>
    <message>
        <source>Export trajectory strip</source>
        <translation>Trajektorienstreifen exportieren</translation>
    </message>
    <message>
        <source>Export trajectory video</source>
        <translation>Trajektorienvideo exportieren</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>there is no trajectory to export yet</source>
        <translation>es gibt noch keine Trajektorie zum Exportieren</translation>
    </message>
    <message>
        <source>Save latent code</source>
        <translation>Latenten Code speichern</translation>
    </message>
    <message>
        <source>there is no code yet</source>
        <translation>es gibt noch keinen Code</translation>
    </message>
    <message>
        <source>PyTorch tensors (*.pt)</source>
        <translation>PyTorch-Tensoren (*.pt)</translation>
    </message>
    <message>
        <source>Open latent code</source>
        <translation>Latenten Code öffnen</translation>
    </message>
    <message>
        <source>PyTorch tensors (*.pt);;All files (*)</source>
        <translation>PyTorch-Tensoren (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Comparison table as CSV…</source>
        <translation>Vergleichstabelle als CSV …</translation>
    </message>
    <message>
        <source>%1 (from Compare)</source>
        <translation>%1 (aus dem Vergleich)</translation>
    </message>
    <message>
        <source>Export comparison table</source>
        <translation>Vergleichstabelle exportieren</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next step t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;t = 0 / t = t_max&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ / ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select the previous / next sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;branch the trajectory at the cursor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom the image grid&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Timeline / Latents / Training / Compare&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Ctrl+R / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run the ticked methods / cancel them all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: F / 1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit the images / one screen pixel per image pixel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Wheel, drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom at the cursor, pan — every tile together&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: W / S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;wipe between two tiles / swap its sides&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: D / X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;difference map / flicker against the reference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step back / forward through iterative methods&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Ctrl+Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;compare the image on the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo a latent edit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a checkpoint&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I / Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open an image / pick one from the dataset&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save / open a latent code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E / Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the view / the trajectory strip as PNG&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the log&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vorheriger / nächster Schritt t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pos1 / Ende&lt;/b&gt;&lt;/td&gt;&lt;td&gt;t = 0 / t = t_max&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeitleiste abspielen / anhalten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ / ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vorheriges / nächstes Sample auswählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;neuer Seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Trajektorie am Cursor verzweigen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Mausrad&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bildraster zoomen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+1 … Strg+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeitleiste / Latente / Training / Vergleich&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: Strg+R / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;angekreuzte Methoden ausführen / alle abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: F / 1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bilder einpassen / ein Bildschirmpixel pro Bildpixel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: Mausrad, Ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;am Cursor zoomen, verschieben — alle Kacheln gemeinsam&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: W / S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zwischen zwei Kacheln wischen / Seiten tauschen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: D / X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Differenzbild / Flackern gegen die Referenz&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;durch iterative Methoden zurück / vor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Vergleich: Strg+Umschalt+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;das Bild aus der Zwischenablage vergleichen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z / Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;latente Bearbeitung rückgängig machen / wiederherstellen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Checkpoint öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+I / Strg+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bild öffnen / aus dem Datensatz wählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S / Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;latenten Code speichern / öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+E / Strg+Umschalt+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ansicht / Trajektorienstreifen als PNG exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Protokoll anzeigen&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1×%1 colour</source>
        <translation>%1×%1 Farbe</translation>
    </message>
    <message>
        <source>%1×%1 grey</source>
        <translation>%1×%1 Graustufen</translation>
    </message>
    <message>
        <source>%1 (%2 test images, %3)</source>
        <translation>%1 (%2 Testbilder, %3)</translation>
    </message>
</context>
<context>
    <name>dddg::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>dddg::MetricChart</name>
    <message>
        <source>cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 @ %3: %4 (raw %5)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 @ %3: %4 (roh %5)</translation>
    </message>
</context>
<context>
    <name>dddg::MetricStrip</name>
    <message>
        <source>t = %1:  PSNR %2 dB   SSIM %3</source>
        <translation>t = %1:  PSNR %2 dB   SSIM %3</translation>
    </message>
    <message>
        <source>x&apos;_t against reduce_info(x, t)</source>
        <translation>x&apos;_t gegenüber reduce_info(x, t)</translation>
    </message>
</context>
<context>
    <name>dddg::RunFollower</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 has no metrics.jsonl yet; waiting for it</source>
        <translation>%1 enthält noch keine metrics.jsonl; warte darauf</translation>
    </message>
</context>
<context>
    <name>dddg::TimelineView</name>
    <message>
        <source>Choose a real image to see PSNR/SSIM of every step against reduce_info(x, t).</source>
        <translation>Wählen Sie ein echtes Bild, um PSNR/SSIM jedes Schritts gegenüber reduce_info(x, t) zu sehen.</translation>
    </message>
    <message>
        <source>Seed of the latents z_t (and of the classes when they are random)</source>
        <translation>Seed der latenten Variablen z_t (und der Klassen, wenn diese zufällig sind)</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <source>Draw a new random seed (N)</source>
        <translation>Neuen zufälligen Seed ziehen (N)</translation>
    </message>
    <message>
        <source>Number of samples in the batch</source>
        <translation>Anzahl der Samples im Batch</translation>
    </message>
    <message>
        <source>Class of a class-conditional model</source>
        <translation>Klasse eines klassenkonditionierten Modells</translation>
    </message>
    <message>
        <source>#1 = inversion</source>
        <translation>#1 = Inversion</translation>
    </message>
    <message>
        <source>Sample #1 uses the encoder&apos;s latents of the real image (Algorithm 3): its PSNR/SSIM strip shows how each step matches</source>
        <translation>Sample #1 verwendet die vom Encoder berechneten latenten Variablen des echten Bildes (Algorithmus 3): sein PSNR/SSIM-Streifen zeigt, wie gut jeder Schritt übereinstimmt</translation>
    </message>
    <message>
        <source>no real image</source>
        <translation>kein echtes Bild</translation>
    </message>
    <message>
        <source>Pick from dataset…</source>
        <translation>Aus Datensatz wählen…</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Branch at t</source>
        <translation>Bei t verzweigen</translation>
    </message>
    <message>
        <source>Keep the trajectory up to the cursor and draw new latents from there on (B)</source>
        <translation>Trajektorie bis zum Cursor behalten und ab dort neue latente Variablen ziehen (B)</translation>
    </message>
    <message>
        <source>Edit latents</source>
        <translation>Latente bearbeiten</translation>
    </message>
    <message>
        <source>Open the selected sample&apos;s latent code in the Latents view</source>
        <translation>Latenten Code des ausgewählten Samples in der Ansicht „Latente“ öffnen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Real image:</source>
        <translation>Echtes Bild:</translation>
    </message>
    <message>
        <source>First step, t = 0 (Home)</source>
        <translation>Erster Schritt, t = 0 (Pos1)</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>Vorheriger Schritt (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>Nächster Schritt (→)</translation>
    </message>
    <message>
        <source>Last step, t = t_max (End)</source>
        <translation>Letzter Schritt, t = t_max (Ende)</translation>
    </message>
    <message>
        <source>real: reduce_info(x, t)</source>
        <translation>echt: reduce_info(x, t)</translation>
    </message>
    <message>
        <source>model state x&apos;_t</source>
        <translation>Modellzustand x&apos;_t</translation>
    </message>
    <message>
        <source>normalised x_norm_t</source>
        <translation>normalisiertes x_norm_t</translation>
    </message>
    <message>
        <source>x_norm starts at t = 1</source>
        <translation>x_norm beginnt bei t = 1</translation>
    </message>
    <message>
        <source>|x&apos;_t − reduce_info(x, t)|</source>
        <translation>|x&apos;_t − reduce_info(x, t)|</translation>
    </message>
    <message>
        <source>needs a real image</source>
        <translation>benötigt ein echtes Bild</translation>
    </message>
    <message>
        <source>random classes</source>
        <translation>zufällige Klassen</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>unkonditioniert</translation>
    </message>
    <message>
        <source>Branched at t = %1 with seed %2: steps before t = %1 are reused</source>
        <translation>Bei t = %1 mit Seed %2 verzweigt: Schritte vor t = %1 werden wiederverwendet</translation>
    </message>
    <message>
        <source>%1 ms (steps %2–%3)</source>
        <translation>%1 ms (Schritte %2–%3)</translation>
    </message>
    <message>
        <source>%1 ms for %2 samples</source>
        <translation>%1 ms für %2 Samples</translation>
    </message>
    <message>
        <source>t = 0
constant</source>
        <translation>t = 0
konstant</translation>
    </message>
    <message>
        <source>t = %1
clean</source>
        <translation>t = %1
sauber</translation>
    </message>
    <message>
        <source>t = %1
σ = %2</source>
        <translation>t = %1
σ = %2</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>real x_t</source>
        <translation>echtes x_t</translation>
    </message>
    <message>
        <source> inverted</source>
        <translation> invertiert</translation>
    </message>
    <message>
        <source>sample %1, x&apos;_%2</source>
        <translation>Sample %1, x&apos;_%2</translation>
    </message>
    <message>
        <source>
PSNR %1 dB, SSIM %2 against reduce_info(x, %3)</source>
        <translation>
PSNR %1 dB, SSIM %2 gegenüber reduce_info(x, %3)</translation>
    </message>
    <message>
        <source>sample %1, x_norm_%2 = x_net − reduce_info(x_net, %3) + x&apos;_%3</source>
        <translation>Sample %1, x_norm_%2 = x_net − reduce_info(x_net, %3) + x&apos;_%3</translation>
    </message>
    <message>
        <source>constant image x_0</source>
        <translation>konstantes Bild x_0</translation>
    </message>
    <message>
        <source>clean end</source>
        <translation>sauberes Ende</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>t = %1 / %2 · %3</source>
        <translation>t = %1 / %2 · %3</translation>
    </message>
    <message>
        <source>sample %1: x&apos;_%2</source>
        <translation>Sample %1: x&apos;_%2</translation>
    </message>
    <message>
        <source>x_norm_%1</source>
        <translation>x_norm_%1</translation>
    </message>
    <message>
        <source>PSNR %1 dB · SSIM %2</source>
        <translation>PSNR %1 dB · SSIM %2</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingRunForm</name>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>class-conditional (CAGAN)</source>
        <translation>klassenkonditioniert (CAGAN)</translation>
    </message>
    <message>
        <source>Data-parallel training on this many processes (dddg train --nproc): the batch is shared between them and must be divisible by it. Such runs cannot pause.</source>
        <translation>Datenparalleles Training auf so vielen Prozessen (dddg train --nproc): Der Batch wird zwischen ihnen aufgeteilt und muss durch ihre Zahl teilbar sein. Solche Läufe können nicht pausieren.</translation>
    </message>
    <message>
        <source>Cycles between checkpoints (and film-strip frames); 0 = only at the end</source>
        <translation>Zyklen zwischen Checkpoints (und Filmstreifen-Bildern); 0 = nur am Ende</translation>
    </message>
    <message>
        <source>Cycles between FID (LeNet) evaluations, run beside training on a snapshot; 0 = never</source>
        <translation>Zyklen zwischen Auswertungen von FID (LeNet), die neben dem Training auf einem Snapshot laufen; 0 = nie</translation>
    </message>
    <message>
        <source>new folder under the app&apos;s data</source>
        <translation>neuer Ordner in den App-Daten</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>continue the run in this folder</source>
        <translation>Lauf in diesem Ordner fortsetzen</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Zyklen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <source>FID every</source>
        <translation>FID alle</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>Im Explorer öffnen</translation>
    </message>
    <message>
        <source>Load the newest EMA weights of the selected run into the timeline and latent views (training goes on)</source>
        <translation>Neueste EMA-Gewichte des ausgewählten Laufs in Zeitleiste und Latente-Ansicht laden (Training läuft weiter)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>fashion-mnist, mnist, emoji, cifar10, or the path of an image folder (class subfolders, or train/ and test/) or a CIFAR-10 binary folder</source>
        <translation>fashion-mnist, mnist, emoji, cifar10 oder der Pfad eines Bildordners (Klassen-Unterordner oder train/ und test/) oder eines CIFAR-10-Binärordners</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Train on a folder of your own images</source>
        <translation>Mit einem Ordner eigener Bilder trainieren</translation>
    </message>
    <message>
        <source>the data&apos;s own</source>
        <translation>wie die Daten</translation>
    </message>
    <message>
        <source>Side the images are brought to (shorter side, then a centre crop); t_max follows it: 6 at 32, one more per doubling</source>
        <translation>Seitenlänge, auf die die Bilder gebracht werden (kürzere Seite, dann Mittelausschnitt); t_max folgt ihr: 6 bei 32, eins mehr je Verdopplung</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>grau</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>random left–right flips (folders, CIFAR-10)</source>
        <translation>zufällige Links-rechts-Spiegelung (Ordner, CIFAR-10)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Image folder to train on</source>
        <translation>Bildordner für das Training</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingView</name>
    <message>
        <source>the training view cannot export that</source>
        <translation>die Trainingsansicht kann das nicht exportieren</translation>
    </message>
    <message>
        <source>cycle %v / %m</source>
        <translation>Zyklus %v / %m</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>Longest time the window went without handling events in the last 5 s</source>
        <translation>Längste Zeit, in der das Fenster in den letzten 5 s keine Ereignisse verarbeitet hat</translation>
    </message>
    <message>
        <source>UI stall %1 ms</source>
        <translation>UI-Hänger %1 ms</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>Training gestartet: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Ticked runs are drawn; the selected one feeds the film strip and “Open in explorer”</source>
        <translation>Angehakte Läufe werden gezeichnet; der ausgewählte speist den Filmstreifen und „Im Explorer öffnen“</translation>
    </message>
    <message>
        <source>Follow run folder…</source>
        <translation>Laufordner verfolgen…</translation>
    </message>
    <message>
        <source>Watch metrics.jsonl and checkpoints of any run directory, live</source>
        <translation>metrics.jsonl und Checkpoints eines beliebigen Laufordners live beobachten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Follow run folder</source>
        <translation>Laufordner verfolgen</translation>
    </message>
    <message>
        <source>smoothing 0.60</source>
        <translation>Glättung 0.60</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>De-biased EMA</source>
        <translation>Bias-korrigierte EMA</translation>
    </message>
    <message>
        <source>discriminator loss L_D</source>
        <translation>Diskriminator-Verlust L_D</translation>
    </message>
    <message>
        <source>generator loss L_G</source>
        <translation>Generator-Verlust L_G</translation>
    </message>
    <message>
        <source>encoder loss L_enc</source>
        <translation>Encoder-Verlust L_enc</translation>
    </message>
    <message>
        <source>R1 penalty</source>
        <translation>R1-Strafterm</translation>
    </message>
    <message>
        <source>FID (LeNet)</source>
        <translation>FID (LeNet)</translation>
    </message>
    <message>
        <source>smoothing %1</source>
        <translation>Glättung %1</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Kurven exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Samples over training (EMA generator, fixed seed)</source>
        <translation>Samples im Trainingsverlauf (EMA-Generator, fester Seed)</translation>
    </message>
    <message>
        <source>Frames appear at every checkpoint.</source>
        <translation>Bilder erscheinen bei jedem Checkpoint.</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>A run is already training in this window; stop it first</source>
        <translation>In diesem Fenster läuft bereits ein Training; stoppen Sie es zuerst</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this window: %1</source>
        <translation>dieses Fenster: %1</translation>
    </message>
    <message>
        <source>followed: %1</source>
        <translation>verfolgt: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>Verfolge %1</translation>
    </message>
    <message>
        <source>cycle %1 (%2 of %3)</source>
        <translation>Zyklus %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Handing the newest EMA weights to the explorer…</source>
        <translation>Neueste EMA-Gewichte werden an den Explorer übergeben…</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet</source>
        <translation>%1 hat noch keinen Checkpoint</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>stopping after this cycle…</source>
        <translation>stoppt nach diesem Zyklus…</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>Training abgebrochen: %1</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>%1 cycles/s · ETA %2</source>
        <translation>%1 Zyklen/s · Restzeit %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>DDPM noise-prediction loss (MSE of ε)</source>
        <translation>DDPM-Rauschvorhersage-Verlust (MSE von ε)</translation>
    </message>
    <message>
        <source>DAE denoising loss (MSE of x₀)</source>
        <translation>DAE-Entrauschungsverlust (MSE von x₀)</translation>
    </message>
    <message>
        <source>Cold Diffusion restorer loss (L1 of x₀)</source>
        <translation>Cold-Diffusion-Restaurierungsverlust (L1 von x₀)</translation>
    </message>
    <message>
        <source>The batch (%1) must be divisible by the number of processes (%2)</source>
        <translation>Der Batch (%1) muss durch die Zahl der Prozesse (%2) teilbar sein</translation>
    </message>
    <message>
        <source> · %1 processes, %2% in collectives</source>
        <translation> · %1 Prozesse, %2 % in kollektiven Operationen</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
    <message>
        <source>%1 at %2: starting</source>
        <translation>%1 bei Zyklus %2: startet</translation>
    </message>
    <message>
        <source>%1 at %2: %3%</source>
        <translation>%1 bei Zyklus %2: %3%</translation>
    </message>
    <message>
        <source>last %1 %2 at %3</source>
        <translation>%1 zuletzt %2 bei Zyklus %3</translation>
    </message>
    <message>
        <source>%1 at %2 failed</source>
        <translation>%1 bei Zyklus %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 at cycle %2: %3</source>
        <translation>%1 bei Zyklus %2: %3</translation>
    </message>
    <message>
        <source>%1: first at cycle %2</source>
        <translation>%1: zuerst bei Zyklus %2</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>next %1 at %2</source>
        <translation>nächste %1 bei Zyklus %2</translation>
    </message>
    <message>
        <source>SWD (network-free)</source>
        <translation>SWD (ohne Netz)</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingWorker</name>
    <message>
        <source>stopped at cycle %1; checkpoint saved</source>
        <translation>gestoppt bei Zyklus %1; Checkpoint gespeichert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore DDDG models: timelines, latents, inversion, training.</source>
        <translation>DDDG-Modelle erkunden: Zeitleisten, latente Codes, Inversion, Training.</translation>
    </message>
    <message>
        <source>Save one PNG per view into DIR, then exit.</source>
        <translation>Pro Ansicht ein PNG in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Open this checkpoint.</source>
        <translation>Diesen Checkpoint öffnen.</translation>
    </message>
    <message>
        <source>Folder with the dataset&apos;s IDX files.</source>
        <translation>Ordner mit den IDX-Dateien des Datensatzes.</translation>
    </message>
    <message>
        <source>Start with this real image.</source>
        <translation>Mit diesem echten Bild starten.</translation>
    </message>
    <message>
        <source>Reopen an exported view (its .session.json).</source>
        <translation>Eine exportierte Ansicht wieder öffnen (ihre .session.json).</translation>
    </message>
    <message>
        <source>Interface language: en, de or ko.</source>
        <translation>Sprache der Oberfläche: en, de oder ko.</translation>
    </message>
    <message>
        <source>Train in the window for S seconds, print the GUI thread&apos;s stalls as JSON, exit.</source>
        <translation>S Sekunden im Fenster trainieren, die Hänger des GUI-Threads als JSON ausgeben, beenden.</translation>
    </message>
    <message>
        <source>Forget remembered settings.</source>
        <translation>Gespeicherte Einstellungen vergessen.</translation>
    </message>
    <message>
        <source>--measure-training-stalls needs a positive number</source>
        <translation>--measure-training-stalls erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en, de or ko)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (en, de oder ko verwenden)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Move a latent slider N times, print the slider-to-frame latency as JSON, exit; &apos;compare&apos;: run every method in the Compare view and print the GUI thread&apos;s stalls.</source>
        <translation>Einen latenten Schieberegler N-mal bewegen, die Latenz bis zum Bild als JSON ausgeben, beenden; „compare“: jede Methode in der Vergleichsansicht ausführen und die Hänger des GUI-Threads ausgeben.</translation>
    </message>
    <message>
        <source>--measure-latency needs a positive number, or &apos;compare&apos;</source>
        <translation>--measure-latency braucht eine positive Zahl oder „compare“</translation>
    </message>
    <message>
        <source>Dataset: fashion-mnist, mnist, cifar10, emoji, photos or an image folder.</source>
        <translation>Datensatz: fashion-mnist, mnist, cifar10, emoji, photos oder ein Bildordner.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a session file: %2</source>
        <translation>%1 ist keine Sitzungsdatei: %2</translation>
    </message>
    <message>
        <source>%1 was not written by DDDG Explorer</source>
        <translation>%1 wurde nicht von DDDG Explorer geschrieben</translation>
    </message>
</context>
</TS>
